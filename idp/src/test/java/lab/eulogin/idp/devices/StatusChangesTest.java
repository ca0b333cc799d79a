package lab.eulogin.idp.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** A page waiting for a status: woken by a change, by the next look for what only the clock changes, or by the stop. */
class StatusChangesTest {
    /** Longer than any test: a waiter that returns was woken by what the test did, not by looking again. */
    private static final Duration NEVER = Duration.ofHours(1);

    private final AtomicReference<String> status = new AtomicReference<>("WAITING");

    @Test
    void a_status_already_another_is_answered_at_once() {
        StatusChanges changes = new StatusChanges(NEVER);
        assertThat(changes.awaitOther(status::get, "ENROLLED", NEVER)).isEqualTo("WAITING");
    }

    @Test
    void a_change_said_wakes_the_waiter_at_once() throws Exception {
        StatusChanges changes = new StatusChanges(NEVER);
        CompletableFuture<String> answer = waiting(changes);
        status.set("ENROLLED");
        changes.changed();
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("ENROLLED");
    }

    @Test
    void a_change_no_one_said_such_as_an_expiry_is_seen_at_the_next_look() throws Exception {
        StatusChanges changes = new StatusChanges(Duration.ofMillis(10));
        CompletableFuture<String> answer = waiting(changes);
        status.set("EXPIRED");
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("EXPIRED");
    }

    @Test
    void the_stop_answers_every_waiter_at_once_with_the_status_as_it_is() throws Exception {
        StatusChanges changes = new StatusChanges(NEVER);
        CompletableFuture<String> first = waiting(changes);
        CompletableFuture<String> second = waiting(changes);
        changes.stopWaiting();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("WAITING");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("WAITING");
        assertThat(changes.awaitOther(status::get, "WAITING", NEVER)).as("after the stop").isEqualTo("WAITING");
    }

    @Test
    void a_waiter_gives_up_after_the_time_given() {
        StatusChanges changes = new StatusChanges(NEVER);
        assertThat(changes.awaitOther(status::get, "WAITING", Duration.ofMillis(20))).isEqualTo("WAITING");
    }

    /** A waiter on its own thread, returned once it is waiting. */
    private CompletableFuture<String> waiting(StatusChanges changes) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        Thread waiter = new Thread(() -> answer.complete(changes.awaitOther(status::get, "WAITING", NEVER)));
        waiter.setDaemon(true);
        waiter.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> waiter.getState() == Thread.State.TIMED_WAITING);
        return answer;
    }
}
