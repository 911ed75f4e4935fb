import LMDB
import TextAnalysis
enum SearchIndexPlaceholder {}
