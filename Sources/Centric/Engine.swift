import CentricIngest
import CentricLexicon
import CentricScoring
import CentricText
import Foundation

/// The analysis and scoring half of the pipeline, shared by `run`, `score`, `explain`, `kwic`
/// and `eval`: a compiled lexicon plus how to make per-thread workers.
public struct Engine: Sendable {
    public let lexicon: CompiledLexicon
    public let scorer: Scorer
    public let identifier: LanguageIdentifier
    public let compoundWords: Set<String>
    public let lexiconIssues: [LexiconIssue]

    /// Where Debian's `wdutch` package puts its Dutch word list (used for compound splitting).
    public static let dutchWordList = "/usr/share/dict/dutch"

    /// `useModels: false` scores with the documented rules even when the lexicon has learned
    /// models (what `centric lexicon train` learns from).
    public init(lexicon: Lexicon, issues: [LexiconIssue] = [], languages: [String] = ["en", "nl"], useModels: Bool = true) {
        let compiled = CompiledLexicon(lexicon)
        self.lexicon = compiled
        self.scorer = Scorer(lexicon: compiled, useModels: useModels)
        self.identifier = LanguageIdentifier(languages: languages, vocabulary: compiled.words)
        var words = compiled.words["nl"] ?? []
        if let list = try? String(contentsOfFile: Self.dutchWordList, encoding: .utf8) {
            for line in list.split(separator: "\n") where line.count >= 3 && line.first?.isLowercase == true {
                words.insert(String(line))
            }
        }
        self.compoundWords = words
        self.lexiconIssues = issues
    }

    /// Loads and compiles the lexicon folder.
    public static func load(lexicons: URL, displayPath: String? = nil, languages: [String] = ["en", "nl"]) throws -> Engine {
        let loaded = try LexiconLoader().load(lexicons, displayPath: displayPath)
        return Engine(lexicon: loaded.lexicon, issues: loaded.issues, languages: languages)
    }

    public func makeWorker() -> Worker { Worker(engine: self) }
}

/// One thread's analyser and match cache. Not thread-safe; create one per thread.
public final class Worker {
    public let engine: Engine
    public private(set) var analyzer: Analyzer
    private var cache = MatchCache()

    /// Vocabulary size after which the worker starts afresh, so memory stays flat on corpora with
    /// an endless tail of rare forms (ids are internal; outputs do not depend on them).
    static let vocabularyBudget = 4_000_000

    init(engine: Engine) {
        self.engine = engine
        analyzer = Self.makeAnalyzer(engine)
    }

    private static func makeAnalyzer(_ engine: Engine) -> Analyzer {
        Analyzer(identifier: engine.identifier, compoundSplitter: CompoundSplitter(words: engine.compoundWords))
    }

    public func analyze(_ blocks: [String], hint: String?, language: String? = nil) -> AnalyzedText {
        if analyzer.vocabulary.count > Self.vocabularyBudget {
            analyzer = Self.makeAnalyzer(engine)
            cache = MatchCache()
        }
        return analyzer.analyze(blocks: blocks, hint: hint, language: language)
    }

    public func score(_ text: AnalyzedText, id: String) -> DocumentScore {
        engine.scorer.score(text, documentID: id, cache: cache, analyzer: analyzer)
    }

    /// Analyses and scores a document.
    public func process(_ document: Document) -> (AnalyzedText, DocumentScore) {
        var blocks = document.blocks
        if let title = document.title, !title.isEmpty, document.kind == .article, blocks.first != title {
            blocks.insert(title, at: 0)
        }
        let text = analyze(blocks, hint: document.languageHint?.value)
        return (text, score(text, id: document.id))
    }
}
