package org.example.casapp;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.PathHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.FilterInfo;
import io.undertow.servlet.api.ServletSessionConfig;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionTrackingMode;
import org.apereo.cas.client.authentication.AuthenticationFilter;
import org.apereo.cas.client.validation.Cas30ProxyReceivingTicketValidationFilter;

/**
 * A small application that signs in through EU Login with the Apereo Java CAS Client, configured
 * as any application configures it: the authentication filter sends the browser to
 * {@code /cas/login}, the validation filter checks the ticket at {@code /cas/p3/serviceValidate}.
 * The application itself only shows who signed in and how.
 */
public final class CasApp implements AutoCloseable {
    private final Undertow server;
    private final List<DeploymentManager> deployments;
    private final String baseUrl;

    private CasApp(Undertow server, List<DeploymentManager> deployments, String baseUrl) {
        this.server = server;
        this.deployments = deployments;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) {
        CasApp app = start(CasAppConfig.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "app-stop"));
        System.out.println("The grants portal is at " + app.url(Area.PORTAL.path() + "/"));
    }

    public static CasApp start(CasAppConfig config) {
        // The port is known only once bound, and the CAS client needs the address: bind, then deploy.
        PathHandler paths = Handlers.path();
        Undertow server = Undertow.builder().addHttpListener(config.port(), config.host()).setHandler(paths).build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        String baseUrl = "http://" + config.host() + ":" + port;
        Pages pages = new Pages();
        List<DeploymentManager> deployments = new ArrayList<>();
        try {
            for (Area area : List.of(Area.PORTAL, Area.PAYMENTS)) {
                DeploymentManager manager = deploy(area, config.casServerUrlPrefix(), baseUrl, pages);
                deployments.add(manager);
                paths.addPrefixPath(area.path(), manager.start());
            }
        } catch (ServletException e) {
            server.stop();
            throw new IllegalStateException("The application did not start", e);
        }
        paths.addExactPath("/", exchange -> exchange.getResponseSender().send(pages.home()));
        return new CasApp(server, deployments, baseUrl);
    }

    private static DeploymentManager deploy(Area area, String casServerUrlPrefix, String baseUrl, Pages pages) {
        DeploymentInfo info = Servlets.deployment()
                .setClassLoader(CasApp.class.getClassLoader())
                .setContextPath(area.path())
                .setDeploymentName(area.path())
                .setDefaultEncoding("UTF-8")
                .setServletSessionConfig(new ServletSessionConfig()
                        .setName("SESSION" + area.path().replace('/', '_').toUpperCase())
                        .setHttpOnly(true)
                        .setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE)))
                .addServlet(Servlets.servlet("signed-in", SignedInServlet.class,
                        new ImmediateInstanceFactory<>(new SignedInServlet(area, pages))).addMapping("/*"));
        FilterInfo authentication = Servlets.filter("cas-authentication", AuthenticationFilter.class)
                .addInitParam("casServerLoginUrl", casServerUrlPrefix + "/login")
                .addInitParam("serverName", baseUrl);
        FilterInfo validation = Servlets.filter("cas-validation", Cas30ProxyReceivingTicketValidationFilter.class)
                .addInitParam("casServerUrlPrefix", casServerUrlPrefix)
                .addInitParam("serverName", baseUrl)
                .addInitParam("exceptionOnValidationFailure", "false");
        area.validation().forEach(validation::addInitParam);
        info.addFilters(authentication, validation);
        for (String filter : List.of("cas-authentication", "cas-validation")) {
            info.addFilterUrlMapping(filter, "/*", DispatcherType.REQUEST);
        }
        DeploymentManager manager = Servlets.defaultContainer().addDeployment(info);
        manager.deploy();
        return manager;
    }

    /** An address of the application, e.g. {@code url("/portal/")}. */
    public String url(String path) {
        return baseUrl + path;
    }

    @Override
    public void close() {
        server.stop();
        for (DeploymentManager manager : deployments) {
            try {
                manager.stop();
            } catch (ServletException e) {
                // stopping anyway
            }
            manager.undeploy();
        }
    }
}
