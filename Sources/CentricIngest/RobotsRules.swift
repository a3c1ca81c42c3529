import Foundation

/// A robots.txt file as it applies to Centric (RFC 9309): the group for the `centric` product
/// token, else the `*` group; within it the longest matching `Allow`/`Disallow` path wins, and
/// `Allow` wins a tie. Paths may use `*` (any characters) and a closing `$` (end of the URL).
struct RobotsRules: Sendable {
    private struct Rule: Sendable {
        var allow: Bool
        var pattern: String
        var line: Int
    }

    private var rules: [Rule] = []
    private var blanket: String?

    init(text: String, agent: String = FetchPolicy.robotsAgent) {
        var groups: [(agents: [String], rules: [Rule])] = []
        var collectingAgents = false
        for (number, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if !collectingAgents || groups.isEmpty { groups.append(([], [])) }
                groups[groups.count - 1].agents.append(value.lowercased())
                collectingAgents = true
            case "allow", "disallow":
                collectingAgents = false
                guard !groups.isEmpty else { continue }
                // An empty Disallow allows everything: it is no rule.
                if value.isEmpty { continue }
                groups[groups.count - 1].rules.append(Rule(allow: key == "allow", pattern: value, line: number + 1))
            default:
                collectingAgents = false
            }
        }
        let token = agent.lowercased()
        let specific = groups.filter { $0.agents.contains { $0 != "*" && token.hasPrefix($0) } }
        let chosen = specific.isEmpty ? groups.filter { $0.agents.contains("*") } : specific
        rules = chosen.flatMap(\.rules)
    }

    /// Everything disallowed, for the reason given (a robots.txt that answered 5xx).
    static func disallowAll(because reason: String) -> RobotsRules {
        var rules = RobotsRules(text: "")
        rules.blanket = reason
        return rules
    }

    /// The rule (`Disallow: /private/ (line 3)`) that disallows `path`, or `nil`.
    func disallowingRule(for path: String) -> String? {
        if let blanket { return blanket }
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            guard let current = best else { best = rule; continue }
            let (a, b) = (rule.pattern.count, current.pattern.count)
            if a > b || (a == b && rule.allow && !current.allow) { best = rule }
        }
        guard let best, !best.allow else { return nil }
        return "Disallow: \(best.pattern), line \(best.line)"
    }

    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1 && anchored {
                return rest.hasSuffix(piece)
            } else {
                guard let range = rest.range(of: piece) else { return false }
                rest = rest[range.upperBound...]
            }
        }
        return !anchored || rest.isEmpty || (pieces.count > 1 && pieces.last!.isEmpty)
    }
}
