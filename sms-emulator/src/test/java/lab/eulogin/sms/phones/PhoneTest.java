package lab.eulogin.sms.phones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PhoneTest {
    private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");
    private final AtomicLong ids = new AtomicLong();
    private final Phone phone = new Phone("+32470000701", 10);

    @Test
    void a_waiting_reader_is_woken_by_the_arrival_itself() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        AtomicReference<Thread> reader = new AtomicReference<>();
        try {
            CompletableFuture<Optional<InboxMessage>> next = CompletableFuture.supplyAsync(() -> {
                reader.set(Thread.currentThread());
                try {
                    return phone.awaitAfter(0, Duration.ofSeconds(30));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, executor);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> reader.get() != null && reader.get().getState() == Thread.State.TIMED_WAITING);

            phone.receive(sms("wake up"), NOW, ids::incrementAndGet);

            assertThat(next.get(5, TimeUnit.SECONDS)).hasValueSatisfying(m -> assertThat(m.body()).isEqualTo("wake up"));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void waiting_ends_empty_when_nothing_arrives_in_time() throws Exception {
        assertThat(phone.awaitAfter(0, Duration.ofMillis(50))).isEmpty();
    }

    @Test
    void an_unreachable_phone_has_its_messages_held_and_dropped_beyond_capacity() {
        Phone small = new Phone("+32470000702", 2);
        small.changeState(state -> state.withPower(Power.OFF), NOW, ids::incrementAndGet);

        small.receive(sms("1"), NOW, ids::incrementAndGet);
        small.receive(sms("2"), NOW, ids::incrementAndGet);
        List<DeliveryReport> third = small.receive(sms("3"), NOW, ids::incrementAndGet);

        assertThat(third).singleElement().satisfies(report -> {
            assertThat(report.outcome()).isEqualTo(DeliveryReport.Outcome.DROPPED);
            assertThat(report.sms().body()).isEqualTo("1");
        });
        List<DeliveryReport> back = small.changeState(state -> state.withPower(Power.ON), NOW, ids::incrementAndGet);
        assertThat(back).extracting(report -> report.sms().body()).containsExactly("2", "3");
        assertThat(small.messages()).extracting(InboxMessage::body).containsExactly("2", "3");
    }

    private static Sms sms(String body) {
        return new Sms("SM" + body, "EULogin", "+32470000701", body, NOW, NOW.plusSeconds(3600));
    }
}
