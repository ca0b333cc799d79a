package org.example.oidcapp;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.PathHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.ServletSessionConfig;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionTrackingMode;

/**
 * A small application that signs in through EU Login's OpenID Connect with Nimbus's OAuth 2.0 /
 * OIDC SDK, as a team would write it: a filter in front of each area sends the browser to EU
 * Login's authorization endpoint, the callback at {@value #CALLBACK} redeems the code. The
 * application itself only shows who signed in and how.
 */
public final class OidcApp implements AutoCloseable {
    /** The redirect URI's path, registered with EU Login. */
    public static final String CALLBACK = "/oidc/callback";

    private final Undertow server;
    private final DeploymentManager deployment;
    private final String baseUrl;

    private OidcApp(Undertow server, DeploymentManager deployment, String baseUrl) {
        this.server = server;
        this.deployment = deployment;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) {
        OidcApp app = start(OidcAppConfig.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "app-stop"));
        System.out.println("The grants portal is at " + app.url(Area.PORTAL.path() + "/"));
    }

    public static OidcApp start(OidcAppConfig config) {
        // The port is known only once bound, and the redirect URI needs it: bind, then deploy.
        PathHandler paths = Handlers.path();
        Undertow server = Undertow.builder().addHttpListener(config.port(), config.host()).setHandler(paths).build();
        server.start();
        try {
            int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
            String baseUrl = "http://" + config.host() + ":" + port;
            RelyingParty relyingParty = RelyingParty.discover(config, URI.create(baseUrl + CALLBACK));
            Pages pages = new Pages();
            DeploymentManager deployment = deploy(relyingParty, pages);
            paths.addPrefixPath("/", deployment.start());
            paths.addExactPath("/", exchange -> exchange.getResponseSender().send(pages.home()));
            return new OidcApp(server, deployment, baseUrl);
        } catch (ServletException | RuntimeException e) {
            server.stop();
            throw new IllegalStateException("The application did not start: " + e.getMessage(), e);
        }
    }

    private static DeploymentManager deploy(RelyingParty relyingParty, Pages pages) {
        DeploymentInfo info = Servlets.deployment()
                .setClassLoader(OidcApp.class.getClassLoader())
                .setContextPath("/")
                .setDeploymentName("oidc-app")
                .setDefaultEncoding("UTF-8")
                .setServletSessionConfig(new ServletSessionConfig()
                        .setName("GRANTS_SESSION")
                        .setHttpOnly(true)
                        .setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE)))
                .addServlet(Servlets.servlet("callback", CallbackServlet.class,
                        new ImmediateInstanceFactory<>(new CallbackServlet(relyingParty, pages))).addMapping(CALLBACK));
        for (Area area : new Area[] {Area.PORTAL, Area.PAYMENTS}) {
            String name = area.path().substring(1);
            info.addServlet(Servlets.servlet(name, SignedInServlet.class,
                    new ImmediateInstanceFactory<>(new SignedInServlet(area, pages))).addMapping(area.path() + "/*"));
            info.addFilter(Servlets.filter(name + "-sign-in", SignInFilter.class,
                    new ImmediateInstanceFactory<>(new SignInFilter(area, relyingParty))));
            info.addFilterUrlMapping(name + "-sign-in", area.path() + "/*", DispatcherType.REQUEST);
        }
        DeploymentManager manager = Servlets.defaultContainer().addDeployment(info);
        manager.deploy();
        return manager;
    }

    /** An address of the application, e.g. {@code url("/portal/")}. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** Its redirect URI, as registered with EU Login. */
    public String redirectUri() {
        return url(CALLBACK);
    }

    @Override
    public void close() {
        server.stop();
        try {
            deployment.stop();
        } catch (ServletException e) {
            // stopping anyway
        }
        deployment.undeploy();
    }
}
