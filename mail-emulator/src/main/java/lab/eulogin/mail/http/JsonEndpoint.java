package lab.eulogin.mail.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An API endpoint as a function from request to answer. {@link #handler} runs it on a worker thread
 * and writes the answer as JSON; problems become JSON errors with their status, and anything
 * unforeseen a 500 without internals.
 */
@FunctionalInterface
public interface JsonEndpoint {
    Logger LOG = LoggerFactory.getLogger(JsonEndpoint.class);

    /** The body to send with 200, or a {@link Reply} for another status. */
    Object answer(HttpServerExchange exchange) throws Exception;

    /** An answer with its own status; a null body sends none (204). */
    record Reply(int status, Object body) {
        public static Reply created(Object body) {
            return new Reply(201, body);
        }

        public static Reply noContent() {
            return new Reply(204, null);
        }
    }

    static HttpHandler handler(JsonEndpoint endpoint) {
        return new HttpHandler() {
            @Override
            public void handleRequest(HttpServerExchange exchange) {
                if (exchange.isInIoThread()) {
                    exchange.dispatch(this);
                    return;
                }
                try {
                    Object answer = endpoint.answer(exchange);
                    if (answer instanceof Reply reply) {
                        if (reply.body() == null) {
                            exchange.setStatusCode(reply.status());
                            exchange.endExchange();
                        } else {
                            Json.send(exchange, reply.status(), reply.body());
                        }
                    } else {
                        Json.send(exchange, 200, answer);
                    }
                } catch (HttpProblem problem) {
                    Json.sendError(exchange, problem.status(), problem.getMessage());
                } catch (Exception e) {
                    LOG.error("Failed on {} {}", exchange.getRequestMethod(), exchange.getRequestPath(), e);
                    Json.sendError(exchange, 500, "Internal error");
                }
            }
        };
    }
}
