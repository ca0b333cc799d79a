package lab.eulogin.mail.api;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import lab.eulogin.mail.http.HttpProblem;
import lab.eulogin.mail.http.Json;
import lab.eulogin.mail.http.Params;
import lab.eulogin.mail.store.Folder;
import lab.eulogin.mail.store.MailStore;
import lab.eulogin.mail.store.StoredMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /api/messages/next?to=&folder=&after=&timeout= : the first message with an id above
 * {@code after} (default 0), answered the moment it arrives, or 408 when the timeout passes. No
 * thread is held while waiting: the exchange stays open until the store completes the wait.
 */
public final class NextMessageHandler implements HttpHandler {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(NextMessageHandler.class);

    private final MailStore store;

    public NextMessageHandler(MailStore store) {
        this.store = store;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String to;
        Folder folder;
        long after;
        Duration timeout;
        try {
            to = Params.text(exchange, "to").orElse(null);
            folder = MessagesApi.folder(exchange);
            after = Params.longParam(exchange, "after").orElse(0L);
            timeout = Params.duration(exchange, "timeout").orElse(DEFAULT_TIMEOUT);
            if (timeout.isNegative() || timeout.compareTo(MAX_TIMEOUT) > 0) {
                throw HttpProblem.badRequest("Parameter 'timeout' lies between PT0S and " + MAX_TIMEOUT);
            }
        } catch (HttpProblem problem) {
            Json.sendError(exchange, problem.status(), problem.getMessage());
            return;
        }
        CompletableFuture<StoredMail> next = store.next(to, folder, after, timeout);
        exchange.getConnection().addCloseListener(connection -> next.cancel(false));
        String waitedFor = (to == null ? "any address" : to) + " after id " + after + " within " + timeout;
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> next.whenComplete((mail, failure) ->
                exchange.getIoThread().execute(() -> answer(exchange, mail, failure, waitedFor))));
    }

    private static void answer(HttpServerExchange exchange, StoredMail mail, Throwable outcome, String waitedFor) {
        Throwable failure = outcome instanceof CompletionException ? outcome.getCause() : outcome;
        if (failure instanceof CancellationException || exchange.isResponseStarted()) {
            return; // the client went away
        }
        if (failure instanceof TimeoutException) {
            Json.sendError(exchange, 408, "No message to " + waitedFor);
        } else if (failure != null) {
            LOG.error("Waiting for the next message failed", failure);
            Json.sendError(exchange, 500, "Internal error");
        } else {
            Json.send(exchange, 200, MessageViews.summary(mail));
        }
    }
}
