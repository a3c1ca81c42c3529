// The facade: `import Centric` is the one import a library user needs, so the stage modules'
// public types (Document, Analyzer, Lexicon, DocumentScore, TrendTable...) come with it.
@_exported import CentricIngest
@_exported import CentricLexicon
@_exported import CentricReport
@_exported import CentricScoring
@_exported import CentricText
@_exported import CentricTrends
