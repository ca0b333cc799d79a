package org.example.oidcapp;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;

/**
 * The redirect URI: EU Login sends the browser back here with a code (or an error) and the state
 * of the sign-in. A sign-in that succeeds goes on to its area; one refused shows why.
 */
final class CallbackServlet extends HttpServlet {
    private final transient RelyingParty relyingParty;
    private final transient Pages pages;

    CallbackServlet(RelyingParty relyingParty, Pages pages) {
        this.relyingParty = relyingParty;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuthenticationResponse answer;
        try {
            answer = AuthenticationResponseParser.parse(new URI(request.getRequestURL()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString())));
        } catch (URISyntaxException | ParseException e) {
            refuse(response, null, "EU Login's answer could not be read");
            return;
        }
        RelyingParty.Pending pending = SignInSession.takePending(request,
                answer.getState() == null ? null : answer.getState().getValue());
        if (pending == null) {
            refuse(response, null, "this answer belongs to no sign-in under way in this browser");
            return;
        }
        try {
            SignInSession.keep(request, relyingParty.finish(answer, pending));
            response.sendRedirect(pending.area().path() + "/");
        } catch (RelyingParty.Refused e) {
            refuse(response, pending.area(), e.getMessage());
        }
    }

    private void refuse(HttpServletResponse response, Area area, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(pages.refused(area, reason));
    }
}
