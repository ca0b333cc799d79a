package lab.eulogin.mail.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class MailStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final List<Long> removed = new ArrayList<>();
    private final MailStore store = new MailStore(3, CLOCK);

    {
        store.listen(new MailStore.Listener() {
            @Override
            public void removed(List<StoredMail> mails) {
                mails.forEach(mail -> removed.add(mail.id()));
            }

            @Override
            public void purged() {
                removed.add(-1L);
            }
        });
    }

    @Test
    void pastItsCapacityTheStoreDropsTheOldestFirstAndSaysSo() {
        for (int i = 1; i <= 5; i++) {
            store.add(mail("a@x.test", "Mail " + i));
        }

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.get(1)).isEmpty();
        assertThat(store.get(2)).isEmpty();
        assertThat(store.get(3)).isPresent();
        assertThat(removed).containsExactly(1L, 2L);
    }

    @Test
    void pagesCountFromTheNewestAndKnowTheTotal() {
        MailStore big = new MailStore(100, CLOCK);
        for (int i = 1; i <= 7; i++) {
            big.add(mail("a@x.test", "Mail " + i));
        }

        Page<StoredMail> first = big.find(new MailQuery("A@X.test ", null, null, null, 1, 3));
        Page<StoredMail> last = big.find(new MailQuery("a@x.test", null, null, null, 3, 3));

        assertThat(first.items()).extracting(StoredMail::subject).containsExactly("Mail 7", "Mail 6", "Mail 5");
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasOlder()).isTrue();
        assertThat(last.items()).extracting(StoredMail::subject).containsExactly("Mail 1");
        assertThat(last.hasOlder()).isFalse();
    }

    @Test
    void mailboxesCountInboxAndJunkAndVanishWhenEmpty() {
        StoredMail inbox = store.add(mail("a@x.test", "In"));
        store.add(new NewMail("a@x.test", Folder.JUNK, "s@x.test", List.of(), "Junk", new byte[0]));

        assertThat(store.mailboxes()).containsExactly(new MailboxSummary("a@x.test", 1, 1, CLOCK.instant()));
        store.delete(inbox.id());
        assertThat(store.mailboxes()).containsExactly(new MailboxSummary("a@x.test", 0, 1, CLOCK.instant()));
        assertThat(store.purge()).isEqualTo(1);
        assertThat(store.mailboxes()).isEmpty();
        assertThat(removed).containsExactly(inbox.id(), -1L);
    }

    @Test
    void aWaiterIsCompletedByTheFirstMatchingArrivalOnly() throws Exception {
        StoredMail old = store.add(mail("w@x.test", "Old"));
        CompletableFuture<StoredMail> next = store.next("W@x.test", null, old.id(), MINUTE);
        CompletableFuture<StoredMail> junkOnly = store.next("w@x.test", Folder.JUNK, 0, MINUTE);

        store.add(mail("other@x.test", "Other"));
        assertThat(next).isNotDone();
        StoredMail wanted = store.add(mail("w@x.test", "New"));

        assertThat(next.get(1, TimeUnit.SECONDS)).isEqualTo(wanted);
        assertThat(junkOnly).isNotDone();
        assertThat(store.waiting()).isEqualTo(1);
    }

    @Test
    void aWaiterThatTimesOutIsForgotten() {
        CompletableFuture<StoredMail> next = store.next("late@x.test", null, 0, Duration.ofMillis(10));

        assertThatThrownBy(next::get).isInstanceOf(ExecutionException.class).hasRootCauseInstanceOf(TimeoutException.class);
        assertThat(store.waiting()).isZero();
    }

    @Test
    void aWaiterThatIsCancelledIsForgotten() {
        store.next("gone@x.test", null, 0, MINUTE).cancel(false);

        assertThat(store.waiting()).isZero();
    }

    @Test
    void idsKeepCountingAfterAPurge() {
        store.add(mail("a@x.test", "One"));
        store.purge();

        assertThat(store.add(mail("a@x.test", "Two")).id()).isEqualTo(2);
    }

    private static NewMail mail(String to, String subject) {
        return new NewMail(to, Folder.INBOX, "s@x.test", List.of(to), subject,
                subject.getBytes(StandardCharsets.UTF_8));
    }
}
