package lab.eulogin.idp.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The last line: whatever goes wrong, the browser gets a plain page with a reference to quote to
 * the helpdesk, never a stack trace. The reference is what ties the page to the log.
 */
public final class ErrorPages implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final HttpHandler next;
    private final Templates templates;

    public ErrorPages(HttpHandler next, Templates templates) {
        this.next = next;
        this.templates = templates;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        try {
            next.handleRequest(exchange);
        } catch (Form.Unreadable e) {
            // The sender's doing, not ours: no reference for the helpdesk, and a line in the log is enough.
            LOG.info("Unreadable form on {} {}: {}", exchange.getRequestMethod(), exchange.getRequestPath(), e.getMessage());
            replace(exchange, e.tooLarge() ? StatusCodes.REQUEST_ENTITY_TOO_LARGE : StatusCodes.BAD_REQUEST,
                    "bad-request", Map.of());
        } catch (Exception e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Error {} on {} {}", reference, exchange.getRequestMethod(), exchange.getRequestPath(), e);
            replace(exchange, StatusCodes.INTERNAL_SERVER_ERROR, "error", Map.of("reference", reference));
        }
    }

    /** Whatever the handler had put in its answer gives way to the error page. */
    private void replace(HttpServerExchange exchange, int status, String page, Map<String, Object> model) {
        if (!WorkerAnswers.discard(exchange)) {
            // Part of the answer already went out: it can only be cut short.
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().clear();
        send(exchange, status, page, model);
    }

    /** A mistyped or outdated address is an ordinary page: in the session's language, with the language links. */
    public static void notFound(HttpServerExchange exchange, Web web) {
        web.renderWithoutNewSession(exchange, StatusCodes.NOT_FOUND, "not-found", Map.of());
    }

    public static void methodNotAllowed(HttpServerExchange exchange, Web web) {
        web.renderWithoutNewSession(exchange, StatusCodes.METHOD_NOT_ALLOWED, "not-found", Map.of());
    }

    private void send(HttpServerExchange exchange, int status, String page, Map<String, Object> model) {
        String html;
        try {
            // In English, whatever the session's language: the session may be what failed.
            html = templates.render(page, Map.of("page", page, "model", model, "reference",
                    model.getOrDefault("reference", ""), "lang", Locale.ENGLISH.getLanguage()), Locale.ENGLISH);
        } catch (RuntimeException renderingFailed) {
            html = "<!doctype html><title>EU Login</title><body data-page=\"error\"><p>Something went wrong.</p>";
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=UTF-8");
        exchange.getResponseSender().send(html, StandardCharsets.UTF_8);
    }
}
