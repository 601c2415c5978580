namespace IncidentMap.Bench.Resolver;

/// <summary>
/// Fits resolver weights to ranking groups with a conditional logit (the listwise objective: the right candidate's
/// probability is a softmax of the scores over it and the wrong ones), regularised toward prior weights with an L2
/// penalty: evidence the corpus rarely shows (a possessive country, the home ground of local news) keeps its prior
/// weight, and the fitted weights move only where the data speak. Newton's method with a backtracking line search;
/// the problem is convex.
/// </summary>
internal static class RankingModel
{
    public static double[] Fit(IReadOnlyList<RankingGroup> groups, double[] prior, double lambda, int iterations = 30)
    {
        var n = prior.Length;
        var w = (double[])prior.Clone();
        var loss = Loss(groups, w, prior, lambda);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var (gradient, hessian) = Derivatives(groups, w, prior, lambda);
            var step = Solve(hessian, gradient);
            var t = 1.0;
            double[] next;
            double nextLoss;
            do
            {
                next = new double[n];
                for (var i = 0; i < n; i++) next[i] = w[i] - t * step[i];
                nextLoss = Loss(groups, next, prior, lambda);
                t /= 2;
            }
            while (nextLoss > loss && t > 1e-6);
            if (nextLoss > loss) break;
            var done = loss - nextLoss < 1e-9 * Math.Max(1, loss);
            (w, loss) = (next, nextLoss);
            if (done) break;
        }
        return w;
    }

    /// <summary>The share of groups whose right candidate scores above every wrong one.</summary>
    public static double TopOne(IReadOnlyList<RankingGroup> groups, double[] w)
    {
        if (groups.Count == 0) return 0;
        var right = 0;
        foreach (var group in groups)
        {
            var positive = Dot(w, group.Positive);
            if (group.Negatives.All(negative => Dot(w, negative) < positive)) right++;
        }
        return (double)right / groups.Count;
    }

    private static double Loss(IReadOnlyList<RankingGroup> groups, double[] w, double[] prior, double lambda)
    {
        var loss = 0.0;
        foreach (var group in groups)
        {
            var positive = Dot(w, group.Positive);
            var top = group.Negatives.Select(f => Dot(w, f)).Append(positive).Max();
            var sum = Math.Exp(positive - top) + group.Negatives.Sum(f => Math.Exp(Dot(w, f) - top));
            loss += top + Math.Log(sum) - positive;
        }
        for (var i = 0; i < w.Length; i++) loss += 0.5 * lambda * (w[i] - prior[i]) * (w[i] - prior[i]);
        return loss;
    }

    private static (double[] Gradient, double[,] Hessian) Derivatives(IReadOnlyList<RankingGroup> groups, double[] w, double[] prior, double lambda)
    {
        var n = w.Length;
        var gradient = new double[n];
        var hessian = new double[n, n];
        var mean = new double[n];
        foreach (var group in groups)
        {
            var rows = group.Negatives.Append(group.Positive).ToArray();
            var scores = rows.Select(f => Dot(w, f)).ToArray();
            var top = scores.Max();
            var p = scores.Select(s => Math.Exp(s - top)).ToArray();
            var sum = p.Sum();
            Array.Clear(mean);
            for (var r = 0; r < rows.Length; r++)
            {
                p[r] /= sum;
                for (var i = 0; i < n; i++) mean[i] += p[r] * rows[r][i];
            }
            for (var i = 0; i < n; i++) gradient[i] += mean[i] - group.Positive[i];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var i = 0; i < n; i++)
                {
                    var di = rows[r][i] - mean[i];
                    if (di == 0) continue;
                    for (var j = 0; j < n; j++) hessian[i, j] += p[r] * di * (rows[r][j] - mean[j]);
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            gradient[i] += lambda * (w[i] - prior[i]);
            hessian[i, i] += lambda;
        }
        return (gradient, hessian);
    }

    /// <summary>Solves H x = b for a symmetric positive definite H (Cholesky).</summary>
    private static double[] Solve(double[,] h, double[] b)
    {
        var n = b.Length;
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = h[i, j];
                for (var k = 0; k < j; k++) sum -= l[i, k] * l[j, k];
                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j, j];
            }
        }
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++) sum -= l[i, k] * y[k];
            y[i] = sum / l[i, i];
        }
        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++) sum -= l[k, i] * x[k];
            x[i] = sum / l[i, i];
        }
        return x;
    }

    public static double Dot(double[] w, double[] f)
    {
        var sum = 0.0;
        for (var i = 0; i < w.Length; i++) sum += w[i] * f[i];
        return sum;
    }
}
