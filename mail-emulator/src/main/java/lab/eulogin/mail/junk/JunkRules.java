package lab.eulogin.mail.junk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import lab.eulogin.mail.store.Addresses;

/** The junk rules in force; read on every delivery, changed rarely. */
public final class JunkRules {
    private final List<JunkRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong lastId = new AtomicLong();

    public JunkRule addAddress(String address) {
        return add(new JunkRule(lastId.incrementAndGet(), address, null));
    }

    public JunkRule addSender(String sender) {
        return add(new JunkRule(lastId.incrementAndGet(), null, sender));
    }

    public boolean remove(long id) {
        return rules.removeIf(rule -> rule.id() == id);
    }

    public void clear() {
        rules.clear();
    }

    public List<JunkRule> all() {
        return List.copyOf(rules);
    }

    /** True when mail to {@code mailbox} from any of {@code senders} belongs in Junk. */
    public boolean isJunk(String mailbox, Collection<String> senders) {
        String to = Addresses.key(mailbox);
        List<String> from = new ArrayList<>();
        senders.forEach(sender -> from.add(Addresses.key(sender)));
        for (JunkRule rule : rules) {
            if (rule.address() != null && Addresses.key(rule.address()).equals(to)
                    || rule.sender() != null && sentBy(Addresses.key(rule.sender()), from)) {
                return true;
            }
        }
        return false;
    }

    /** A sender rule names an address, or a whole domain when it starts with "@". */
    private static boolean sentBy(String sender, List<String> from) {
        return sender.startsWith("@") ? from.stream().anyMatch(address -> address.endsWith(sender))
                : from.contains(sender);
    }

    private JunkRule add(JunkRule rule) {
        rules.add(rule);
        return rule;
    }
}
