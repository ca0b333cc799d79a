package lab.eulogin.stack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.openid.connect.sdk.OIDCError;

/**
 * The redirect URI of an OpenID Connect application: EU Login sends the browser back here with a
 * code (or an error) and the state of the sign-in. A silent request that EU Login could not
 * answer without a page ({@code login_required} and the like) is asked again, this time letting
 * EU Login show its sign-in pages. Any other refusal is the application's error page, saying what
 * EU Login answered.
 */
final class OidcCallbackServlet extends HttpServlet {
    /** EU Login's answers to {@code prompt=none} that mean "a page is needed": ask again with one. */
    private static final Set<String> NEEDS_A_PAGE = Set.of(OIDCError.LOGIN_REQUIRED.getCode(),
            OIDCError.INTERACTION_REQUIRED.getCode(), OIDCError.CONSENT_REQUIRED.getCode(),
            OIDCError.ACCOUNT_SELECTION_REQUIRED.getCode());

    private final transient OidcSignIns signIns;

    OidcCallbackServlet(OidcSignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        URI callback;
        OidcRelyingParty.Pending pending;
        try {
            callback = new URI(request.getRequestURL()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            pending = signIns.take(request, OidcRelyingParty.stateOf(callback));
        } catch (URISyntaxException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "EU Login's answer is not a valid address");
            return;
        } catch (OidcRelyingParty.Refused e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        }
        if (pending == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "this answer belongs to no sign-in under way in this browser (it was used already, or the session ended)");
            return;
        }
        try {
            signIns.relyingParty().finish(callback, pending).keepIn(request);
            response.sendRedirect(pending.target());
        } catch (OidcRelyingParty.Refused e) {
            if (pending.silent() && e.error() != null && NEEDS_A_PAGE.contains(e.error().getCode())) {
                signIns.start(request, response, pending.target(), false, pending.acrValues());
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            }
        }
    }
}
