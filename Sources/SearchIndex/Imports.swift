import LMDB
import TextAnalysis
