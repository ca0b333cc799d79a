package lab.eulogin.sms.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;
import java.util.List;

/**
 * WireMock's client for proxied stubs, of which the emulator has none: every route is answered by
 * the lab's router. WireMock's own client (Apache HttpClient with its TLS set-up) took about a
 * sixth of the lab's start-up thread to build, for nothing.
 */
public final class NoProxying implements HttpClientFactory {
    @Override
    public HttpClient buildHttpClient(Options options, boolean trustAllCertificates, List<String> trustedHosts,
            boolean useSystemProperties) {
        return NoProxying::refuse;
    }

    private static Response refuse(Request request) throws IOException {
        throw new IOException("The SMS emulator proxies nothing (asked for " + request.getAbsoluteUrl() + ")");
    }
}
