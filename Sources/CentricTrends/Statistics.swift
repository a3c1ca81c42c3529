import Foundation

/// Small statistics used by the trend metrics.
public enum Statistics {
    /// Wilson score interval for a proportion `k/n` at 95% (z = 1.96): better than the normal
    /// approximation for small samples and shares near 0 or 1.
    public static func wilson(_ k: Int, _ n: Int, z: Double = 1.959964) -> (low: Double, high: Double) {
        guard n > 0 else { return (0, 0) }
        let p = Double(k) / Double(n), nn = Double(n)
        let denominator = 1 + z * z / nn
        let centre = (p + z * z / (2 * nn)) / denominator
        let margin = z * ((p * (1 - p) / nn + z * z / (4 * nn * nn)).squareRoot()) / denominator
        return (max(0, centre - margin), min(1, centre + margin))
    }

    /// Two-sided p-value of the two-proportion z-test of `k1/n1` against `k2/n2` (pooled).
    public static func twoProportionPValue(_ k1: Int, _ n1: Int, _ k2: Int, _ n2: Int) -> Double? {
        guard n1 > 0, n2 > 0 else { return nil }
        let p1 = Double(k1) / Double(n1), p2 = Double(k2) / Double(n2)
        let pooled = Double(k1 + k2) / Double(n1 + n2)
        let se = (pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))).squareRoot()
        guard se > 0 else { return p1 == p2 ? 1 : 0 }
        let z = abs(p1 - p2) / se
        return erfc(z / 2.0.squareRoot())
    }

    /// Mann-Kendall trend test over a series in time order: the statistic S, Kendall's tau and
    /// the two-sided p-value (normal approximation with tie correction and continuity correction).
    public static func mannKendall(_ series: [Double]) -> (s: Int, tau: Double, pValue: Double)? {
        let n = series.count
        guard n >= 3 else { return nil }
        var s = 0
        for i in 0..<(n - 1) {
            for j in (i + 1)..<n {
                if series[j] > series[i] { s += 1 } else if series[j] < series[i] { s -= 1 }
            }
        }
        var ties: [Double: Int] = [:]
        for x in series { ties[x, default: 0] += 1 }
        let nn = Double(n)
        var variance = nn * (nn - 1) * (2 * nn + 5)
        for t in ties.values where t > 1 {
            let tt = Double(t)
            variance -= tt * (tt - 1) * (2 * tt + 5)
        }
        variance /= 18
        let z: Double
        if s > 0 { z = (Double(s) - 1) / variance.squareRoot() } else if s < 0 { z = (Double(s) + 1) / variance.squareRoot() } else { z = 0 }
        let p = variance > 0 ? erfc(abs(z) / 2.0.squareRoot()) : 1
        let tau = Double(s) / (nn * (nn - 1) / 2)
        return (s, tau, p)
    }
}

extension Statistics {
    /// Sen's slope: the median of the pairwise slopes `(y[j] - y[i]) / (t[j] - t[i])`, a robust
    /// estimate of change per unit of `t` that goes with the Mann-Kendall test.
    public static func sensSlope(times: [Int], values: [Double]) -> Double? {
        precondition(times.count == values.count)
        var slopes: [Double] = []
        for i in 0..<values.count {
            for j in (i + 1)..<values.count where times[j] != times[i] {
                slopes.append((values[j] - values[i]) / Double(times[j] - times[i]))
            }
        }
        guard !slopes.isEmpty else { return nil }
        slopes.sort()
        let m = slopes.count / 2
        return slopes.count % 2 == 1 ? slopes[m] : (slopes[m - 1] + slopes[m]) / 2
    }
}
