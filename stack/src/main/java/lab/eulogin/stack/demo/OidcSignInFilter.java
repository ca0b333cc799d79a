package lab.eulogin.stack.demo;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.openid.connect.sdk.claims.ACR;

/**
 * In front of an OpenID Connect application's pages: lets through a session that is signed in
 * (with a second factor, for the pages that need one), and sends any other to EU Login's
 * authorization endpoint. Each sign-in first asks with {@code prompt=none}, so that one coming
 * from the single sign-on says so; EU Login's {@code login_required} then leads to its sign-in
 * pages ({@link OidcCallbackServlet}).
 */
final class OidcSignInFilter extends HttpFilter {
    private final transient OidcSignIns signIns;
    private final transient DemoApp.OidcClient client;

    OidcSignInFilter(OidcSignIns signIns, DemoApp.OidcClient client) {
        this.signIns = signIns;
        this.client = client;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        List<ACR> needed = client.secondFactorPaths().contains(path)
                ? client.secondFactorAcrs().stream().map(ACR::new).toList()
                : List.of();
        SignedIn signedIn = SignedIn.of(request);
        if (signedIn != null && (needed.isEmpty() || needed.contains(new ACR(String.valueOf(signedIn.acr()))))) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        signIns.start(request, response, target, true, needed);
    }
}
