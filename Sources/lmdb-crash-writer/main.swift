import LMDB
print("placeholder")
