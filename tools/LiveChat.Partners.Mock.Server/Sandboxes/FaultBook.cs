namespace LiveChat.Partners.Mock.Sandboxes;

/// <summary>The fault rules of a sandbox. A matching request uses up one of the rule's remaining times.</summary>
public sealed class FaultBook
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private long _lastId;

    /// <summary>The rules still armed.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.ToList();
            }
        }
    }

    /// <summary>Arms a rule (its id is assigned here).</summary>
    public FaultRule Add(Func<long, FaultRule> rule)
    {
        lock (_gate)
        {
            var added = rule(++_lastId);
            _rules.Add(added);
            return added;
        }
    }

    /// <summary>Takes one use of the first rule matching the request, or returns null.</summary>
    public FaultRule? TryTake(string method, string path)
    {
        lock (_gate)
        {
            var index = _rules.FindIndex(r => r.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var rule = _rules[index];
            if (rule.Remaining <= 1)
            {
                _rules.RemoveAt(index);
            }
            else
            {
                _rules[index] = rule with { Remaining = rule.Remaining - 1 };
            }

            return rule;
        }
    }

    /// <summary>Disarms every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }
}
