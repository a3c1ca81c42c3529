import Foundation

// MARK: - Globs

/// Ordered glob rules in `.gitignore` syntax: `#` comments, `!` re-includes, a trailing `/`
/// matches folders only, a pattern with a `/` elsewhere is anchored at the folder root, one
/// without matches a name at any depth; `*` and `?` stay within a name, `**` spans folders.
/// The last matching rule decides, as in git.
struct IgnoreRules: Sendable {
    private struct Rule: Sendable {
        var components: [String]
        var negated: Bool
        var directoryOnly: Bool
        var origin: String
    }

    private var rules: [Rule] = []

    var isEmpty: Bool { rules.isEmpty }

    mutating func add(_ line: String, origin: String) {
        var pattern = line.trimmingCharacters(in: .whitespaces)
        guard !pattern.isEmpty, !pattern.hasPrefix("#") else { return }
        var negated = false
        if pattern.hasPrefix("!") {
            negated = true
            pattern.removeFirst()
        }
        var directoryOnly = false
        while pattern.hasSuffix("/") {
            directoryOnly = true
            pattern.removeLast()
        }
        guard !pattern.isEmpty else { return }
        let anchored = pattern.contains("/")
        if pattern.hasPrefix("/") { pattern.removeFirst() }
        var components = pattern.split(separator: "/").map(String.init)
        if !anchored { components.insert("**", at: 0) }
        rules.append(Rule(components: components, negated: negated, directoryOnly: directoryOnly, origin: origin))
    }

    /// The rule that excludes `path` (relative to the folder root, `/`-separated), or `nil`.
    func matchingRule(_ path: String, isDirectory: Bool) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        var decision: Rule?
        for rule in rules where !rule.directoryOnly || isDirectory {
            if Self.match(rule.components[...], parts[...]) { decision = rule }
        }
        guard let decision, !decision.negated else { return nil }
        return decision.origin
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            for skip in 0...path.count where match(rest, path.dropFirst(skip)) { return true }
            return false
        }
        guard let name = path.first, wildcard(Array(head.unicodeScalars)[...], Array(name.unicodeScalars)[...]) else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*`, `?` and `[...]` (with ranges and `!`/`^` negation) within one path component.
    static func wildcard(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex, n = name.startIndex
        var starP: Int?, starN = 0
        while n < name.endIndex {
            if p < pattern.endIndex {
                switch pattern[p] {
                case "*":
                    starP = p
                    starN = n
                    p += 1
                    continue
                case "?":
                    p += 1
                    n += 1
                    continue
                case "[":
                    if let (matched, next) = bracket(pattern, p, name[n]) {
                        if matched {
                            p = next
                            n += 1
                            continue
                        }
                    } else if name[n] == "[" {
                        p += 1
                        n += 1
                        continue
                    }
                case "\\" where p + 1 < pattern.endIndex:
                    if pattern[p + 1] == name[n] {
                        p += 2
                        n += 1
                        continue
                    }
                default:
                    if pattern[p] == name[n] {
                        p += 1
                        n += 1
                        continue
                    }
                }
            }
            guard let star = starP else { return false }
            p = star + 1
            starN += 1
            n = starN
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// Whether `scalar` is in the bracket expression at `start`, and the index after it;
    /// `nil` when the bracket is not closed (then `[` is literal).
    private static func bracket(_ pattern: ArraySlice<Unicode.Scalar>, _ start: Int, _ scalar: Unicode.Scalar) -> (Bool, Int)? {
        var i = start + 1
        var negate = false
        if i < pattern.endIndex, pattern[i] == "!" || pattern[i] == "^" {
            negate = true
            i += 1
        }
        var matched = false
        var first = true
        while i < pattern.endIndex {
            if pattern[i] == "]" && !first { return (matched != negate, i + 1) }
            first = false
            if i + 2 < pattern.endIndex, pattern[i + 1] == "-", pattern[i + 2] != "]" {
                if pattern[i] <= scalar && scalar <= pattern[i + 2] { matched = true }
                i += 3
            } else {
                if pattern[i] == scalar { matched = true }
                i += 1
            }
        }
        return nil
    }
}
