package lab.eulogin.sms.http;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** One endpoint or page: parse the exchange, call the domain, answer. */
@FunctionalInterface
public interface Handler {
    ResponseDefinition handle(Exchange exchange) throws Exception;
}
