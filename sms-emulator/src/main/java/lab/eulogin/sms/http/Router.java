package lab.eulogin.sms.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the emulator's routes through WireMock: each route is a stub whose answer this
 * transformer computes by calling the route's handler. Problems thrown by handlers become their
 * answers here, in one place; nothing unexpected leaves as a stack trace.
 */
public final class Router implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "eulogin-lab-router";
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final int ROUTE_PRIORITY = 1;
    private static final int FALLBACK_PRIORITY = 10;

    private record Route(String method, Pattern path, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final List<Route> fallbacks = new ArrayList<>();
    private Runnable beforeEachAnswer = () -> { };

    /** Runs after each handler, before its answer leaves (the store makes the request's changes durable). */
    public Router beforeEachAnswer(Runnable action) {
        this.beforeEachAnswer = action;
        return this;
    }

    /** Routes {@code method} requests whose whole path matches {@code pathRegex}; its groups are path parameters. */
    public Router route(String method, String pathRegex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), handler));
        return this;
    }

    /** Answers any request under {@code pathRegex} that no route took (e.g. a protocol's own 404). */
    public Router fallback(String pathRegex, Handler handler) {
        fallbacks.add(new Route("ANY", Pattern.compile(pathRegex), handler));
        return this;
    }

    /** Registers every route as a stub of the server. */
    public void install(WireMockServer server) {
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            server.stubFor(request(route.method(), urlPathMatching(route.path().pattern()))
                    .atPriority(ROUTE_PRIORITY)
                    .willReturn(dispatchTo("route", i)));
        }
        for (int i = 0; i < fallbacks.size(); i++) {
            server.stubFor(request("ANY", urlPathMatching(fallbacks.get(i).path().pattern()))
                    .atPriority(FALLBACK_PRIORITY + i)
                    .willReturn(dispatchTo("fallback", i)));
        }
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        ResponseDefinition answer = dispatch(event);
        try {
            beforeEachAnswer.run();
        } catch (RuntimeException e) {
            LOG.error("Could not keep what {} changed", event.getRequest().getUrl(), e);
            return Answers.error(500, "The change could not be stored; see the emulator's log");
        }
        return answer;
    }

    private ResponseDefinition dispatch(ServeEvent event) {
        String kind = event.getTransformerParameters().getString("kind");
        int index = event.getTransformerParameters().getInt("index");
        Route route = ("route".equals(kind) ? routes : fallbacks).get(index);
        try {
            String path = pathOf(event.getRequest().getUrl());
            Matcher matcher = route.path().matcher(path);
            List<String> params = new ArrayList<>();
            if (matcher.matches()) {
                for (int g = 1; g <= matcher.groupCount(); g++) {
                    params.add(matcher.group(g));
                }
            }
            return route.handler().handle(new Exchange(event.getRequest(), params));
        } catch (HttpProblem problem) {
            return answer(problem);
        } catch (IllegalArgumentException invalid) {
            return Answers.error(400, invalid.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Answers.error(503, "The server is stopping");
        } catch (Exception unexpected) {
            LOG.error("Unexpected failure serving {}", event.getRequest().getUrl(), unexpected);
            return Answers.error(500, "Internal error; see the emulator's log");
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    private static ResponseDefinition answer(HttpProblem problem) {
        ResponseDefinitionBuilder builder = Answers.jsonBuilder(problem.status(), problem.body());
        for (Map.Entry<String, String> header : problem.headers().entrySet()) {
            builder = builder.withHeader(header.getKey(), header.getValue());
        }
        return builder.build();
    }

    private static ResponseDefinitionBuilder dispatchTo(String kind, int index) {
        return aResponse().withTransformers(NAME)
                .withTransformerParameter("kind", kind)
                .withTransformerParameter("index", index);
    }

    private static String pathOf(String url) {
        int mark = url.indexOf('?');
        return mark < 0 ? url : url.substring(0, mark);
    }
}
