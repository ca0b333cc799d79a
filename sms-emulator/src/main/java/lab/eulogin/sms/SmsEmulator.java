package lab.eulogin.sms;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.security.Authenticator;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import lab.eulogin.sms.api.FaultsApi;
import lab.eulogin.sms.app.AppApi;
import lab.eulogin.sms.app.Apps;
import lab.eulogin.sms.app.PushService;
import lab.eulogin.sms.api.PhonesApi;
import lab.eulogin.sms.api.ResetApi;
import lab.eulogin.sms.gateway.Faults;
import lab.eulogin.sms.gateway.Gateway;
import lab.eulogin.sms.gateway.StatusCallbacks;
import lab.eulogin.sms.gateway.TwilioApi;
import lab.eulogin.sms.http.HttpProblem;
import lab.eulogin.sms.http.JsonErrorsJetty;
import lab.eulogin.sms.http.NoMappingFiles;
import lab.eulogin.sms.http.NoProxying;
import lab.eulogin.sms.http.Router;
import lab.eulogin.sms.phones.Network;
import lab.eulogin.sms.store.SmsStore;
import lab.eulogin.sms.web.PhonesPage;

/**
 * The SMS gateway (Twilio-compatible API) with its virtual phones, the EU Login app on them and the
 * push service that reaches it, web page and JSON API, served by
 * WireMock: every route is a stub answered by the lab's router (a response transformer), faults
 * use WireMock's own fault injection, and WireMock keeps no request journal so memory stays flat.
 */
public final class SmsEmulator implements AutoCloseable {
    /** Where the EU Login app's push notifications are posted, after {@link #baseUrl()} (FCM's HTTP v1 shape). */
    public static final String PUSH_PATH = "/v1/projects/eu-login-lab/messages:send";
    /** Requests may wait for the next message, so allow more than WireMock's default worker threads. */
    private static final int WORKER_THREADS = 64;
    private static final long EXPIRY_SWEEP_MS = 1_000;
    /**
     * Longer than clients keep idle connections in their pools (Jetty's default is 30 s): a server
     * closing a pooled connection races the client's next request on it, which then fails.
     */
    private static final long IDLE_TIMEOUT_MS = 10 * 60 * 1_000;

    private final SmsEmulatorConfig config;
    private final WireMockServer server;
    private final Network network;
    private final StatusCallbacks callbacks;
    private final SmsStore store;
    private final ScheduledExecutorService sweeper;

    private SmsEmulator(SmsEmulatorConfig config, Clock clock, SmsStore store, Router router, WireMockServer server) {
        this.config = config;
        this.store = store;
        this.server = server;
        this.network = new Network(clock, config.inboxCapacity(), store);
        this.callbacks = new StatusCallbacks();
        Faults faults = new Faults();
        Gateway gateway = new Gateway(clock, network, config.messageLogCapacity(), callbacks, config.defaultValidity(),
                store);
        network.addListener(gateway);
        Apps apps = new Apps(network, clock, store);
        SmsStore.Kept kept = store.kept();
        network.restore(kept.phones(), kept.lastMessageId());
        gateway.restore(kept.messages());
        apps.restore(kept.apps());

        // What a request changed is on the disk before it is answered.
        router.beforeEachAnswer(store::sync);
        TwilioApi.addRoutes(router, gateway, faults, config.accountSid(), config.authToken());
        PhonesApi.addRoutes(router, network);
        FaultsApi.addRoutes(router, faults);
        network.addStateListener(apps::networkChanged);
        AppApi.addRoutes(router, apps);
        PushService.addRoutes(router, apps);
        PhonesPage.addRoutes(router, network, apps);
        ResetApi.addRoutes(router, network, apps, faults, gateway, store);
        router.fallback("/.*", exchange -> {
            throw HttpProblem.notFound("No such page or endpoint: " + exchange.request().getMethod() + " " + exchange.path());
        });

        router.install(server);

        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sms-validity-sweeper");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts the emulator; with a data folder, with the phones, messages and apps kept there.
     *
     * @throws lab.eulogin.sms.store.DataFolderRefused when another running emulator uses the data folder, or its
     *         journal is damaged
     */
    public static SmsEmulator start(SmsEmulatorConfig config, Clock clock) {
        // Reading the journal back and setting WireMock up each take about a tenth of a second of a
        // restart and need nothing of each other: the journal is read on a thread of its own meanwhile.
        CompletableFuture<SmsStore> opening = config.dataFolder() == null
                ? CompletableFuture.completedFuture(SmsStore.inMemory())
                : CompletableFuture.supplyAsync(
                        () -> SmsStore.open(config.dataFolder(), config.inboxCapacity(), config.messageLogCapacity()),
                        task -> new Thread(task, "sms-journal-read").start());
        Router router = new Router();
        WireMockServer server;
        try {
            server = wireMock(config, router);
        } catch (RuntimeException e) {
            opening.thenAccept(SmsStore::close);
            throw e;
        }
        SmsStore store;
        try {
            store = opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        SmsEmulator emulator;
        try {
            emulator = new SmsEmulator(config, clock, store, router, server);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            emulator.server.start();
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
        emulator.sweeper.scheduleWithFixedDelay(emulator::expireOverdue,
                EXPIRY_SWEEP_MS, EXPIRY_SWEEP_MS, TimeUnit.MILLISECONDS);
        return emulator;
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return config.baseUrl(port());
    }

    /** Where the IdP sends push notifications for the EU Login app on these phones (FCM's HTTP v1 shape). */
    public String pushUrl() {
        return baseUrl() + PUSH_PATH;
    }

    private void expireOverdue() {
        network.expireOverdue();
        store.sync();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        network.close();
        server.stop();
        callbacks.close();
        store.close();
    }

    /** WireMock, answering every request with the lab's router; not started. */
    private static WireMockServer wireMock(SmsEmulatorConfig config, Router router) {
        return new WireMockServer(options()
                .bindAddress(config.host())
                .port(config.port())
                .containerThreads(WORKER_THREADS)
                .jettyIdleTimeout(IDLE_TIMEOUT_MS)
                .disableRequestJournal()
                .mappingSource(new NoMappingFiles())
                .templatingEnabled(false)
                .stubRequestLoggingDisabled(true)
                .adminAuthenticator(closedAdminApi())
                .notifier(new Slf4jNotifier(false))
                .httpServerFactory(new JsonErrorsJetty())
                .extensions(router, new NoProxying()));
    }

    /** WireMock's admin API could remove the lab's routes; nobody may use it. */
    private static Authenticator closedAdminApi() {
        return request -> false;
    }
}
