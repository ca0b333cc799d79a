package lab.eulogin.idp.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import lab.eulogin.idp.accounts.AccountKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** The validation endpoints over HTTP: EU Login's shape, CAS 3.0, JSON, and every failure code. */
class CasValidationTest extends CasTestBase {
    private static final String EU_LOGIN_NS = "xmlns:cas=\"https://ecas.ec.europa.eu/cas/schemas\"";
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void accounts() {
        account("ana@example.eu", AccountKind.EXTERNAL);
        account("staff@ec.europa.eu", AccountKind.STAFF);
    }

    private String ticket() {
        return signInAt(new TestBrowser(idp.baseUrl()), myRemote, "ana@example.eu");
    }

    @Test
    void a_valid_ticket_names_the_user_and_how_the_sign_in_was_made_in_eu_logins_shape() {
        String answer = validate("/cas/serviceValidate", myRemote, ticket());
        assertThat(answer)
                .contains(EU_LOGIN_NS)
                .contains("<cas:authenticationSuccess>")
                .containsPattern("<cas:user>n[a-z0-9]{7}</cas:user>")
                .contains("<cas:authenticationLevel>BASIC</cas:authenticationLevel>")
                .contains("<cas:strengths number=\"1\">", "<cas:strength>PASSWORD</cas:strength>")
                .contains("<cas:authenticationFactors number=\"1\">", "<cas:moniker>ana@example.eu</cas:moniker>")
                .containsPattern("<cas:loginDate>\\d{4}-\\d\\d-\\d\\dT[^<]+Z</cas:loginDate>")
                .contains("<cas:sso>false</cas:sso>")
                .doesNotContain("<cas:email>")
                .doesNotContain("<cas:groups")
                .doesNotContain("cas:attributes");
    }

    @Test
    void user_details_and_groups_sit_directly_under_authentication_success() {
        String answer = validate("/cas/serviceValidate", myRemote, ticket(), "userDetails=true", "groups=*");
        assertThat(answer)
                .contains("<cas:email>ana@example.eu</cas:email>")
                .contains("<cas:firstName>Ana</cas:firstName>")
                .contains("<cas:lastName>Pérez</cas:lastName>")
                .contains("<cas:domain>external</cas:domain>")
                .contains("<cas:employeeType>n</cas:employeeType>")
                .contains("<cas:locale>fr</cas:locale>")
                .contains("<cas:assuranceLevel>10</cas:assuranceLevel>")
                .containsPattern("<cas:uid>n[a-z0-9]{7}</cas:uid>")
                .contains("<cas:groups number=\"1\">", "<cas:group>EXTERNAL</cas:group>")
                .doesNotContain("cas:attributes");
    }

    @Test
    void groups_can_be_asked_for_by_name() {
        assertThat(validate("/cas/serviceValidate", myRemote, ticket(), "groups=STAFF,OTHER"))
                .contains("<cas:groups number=\"0\">");
    }

    @Test
    void format_json_gives_the_same_answer_as_json() throws Exception {
        JsonNode answer = json.readTree(validate("/cas/serviceValidate", myRemote, ticket(),
                "userDetails=true", "groups=*", "format=JSON"));
        JsonNode success = answer.at("/serviceResponse/authenticationSuccess");
        assertThat(success.get("user").asText()).matches("n[a-z0-9]{7}");
        assertThat(success.get("email").asText()).isEqualTo("ana@example.eu");
        assertThat(success.at("/groups/number").asInt()).isEqualTo(1);
        assertThat(success.at("/groups/group/0").asText()).isEqualTo("EXTERNAL");
        assertThat(success.at("/strengths/strength/0").asText()).isEqualTo("PASSWORD");
        assertThat(success.at("/authenticationFactors/moniker/0").asText()).isEqualTo("ana@example.eu");
        assertThat(success.get("authenticationLevel").asText()).isEqualTo("BASIC");
        assertThat(success.get("sso").asBoolean()).isFalse();

        JsonNode failure = json.readTree(validate("/cas/serviceValidate", myRemote, "ST-nothing", "format=JSON"))
                .at("/serviceResponse/authenticationFailure");
        assertThat(failure.get("code").asText()).isEqualTo("INVALID_TICKET");
        assertThat(failure.get("description").asText()).contains("not recognized");
    }

    @Test
    void p3_service_validate_answers_in_cas_3_form_for_generic_clients() throws Exception {
        String answer = validate("/cas/p3/serviceValidate", myRemote, ticket());
        assertThat(answer)
                .contains("xmlns:cas=\"http://www.yale.edu/tp/cas\"")
                .containsPattern("<cas:authenticationSuccess>\\s*<cas:user>n[a-z0-9]{7}</cas:user>\\s*<cas:attributes>")
                .contains("<cas:email>ana@example.eu</cas:email>")
                .contains("<cas:groups>EXTERNAL</cas:groups>")
                .contains("<cas:strengths>PASSWORD</cas:strengths>")
                .contains("<cas:isFromNewLogin>true</cas:isFromNewLogin>")
                .doesNotContain("number=");
        JsonNode attributes = json.readTree(validate("/cas/p3/serviceValidate", myRemote, ticket(), "format=json"))
                .at("/serviceResponse/authenticationSuccess/attributes");
        assertThat(attributes.get("email").asText()).isEqualTo("ana@example.eu");
        assertThat(attributes.at("/strengths/0").asText()).isEqualTo("PASSWORD");
    }

    @Test
    void proxy_validate_takes_service_tickets_like_service_validate() {
        assertThat(validate("/cas/proxyValidate", myRemote, ticket())).contains("<cas:authenticationSuccess>");
    }

    @Test
    void a_ticket_validates_once_only() {
        String ticket = ticket();
        assertThat(validate("/cas/serviceValidate", myRemote, ticket)).contains("<cas:authenticationSuccess>");
        assertThat(validate("/cas/serviceValidate", myRemote, ticket))
                .contains("<cas:authenticationFailure code=\"INVALID_TICKET\">")
                .doesNotContain("authenticationSuccess");
        assertThat(validate("/cas/p3/serviceValidate", myRemote, ticket))
                .contains("<cas:authenticationFailure code=\"INVALID_TICKET\">");
    }

    @Test
    void a_ticket_for_another_service_fails_and_is_used_up() {
        String ticket = ticket();
        assertThat(validate("/cas/serviceValidate", myIntraComm, ticket))
                .contains("<cas:authenticationFailure code=\"INVALID_SERVICE\">");
        assertThat(validate("/cas/serviceValidate", myRemote, ticket))
                .contains("<cas:authenticationFailure code=\"INVALID_TICKET\">");
    }

    @Test
    void lax_validate_accepts_another_address_of_the_same_registered_service_only() {
        assertThat(validate("/cas/laxValidate", services.url("/myremote/elsewhere?x=1"), ticket()))
                .contains("<cas:authenticationSuccess>");
        assertThat(validate("/cas/serviceValidate", services.url("/myremote/elsewhere"), ticket()))
                .contains("code=\"INVALID_SERVICE\"");
        assertThat(validate("/cas/laxValidate", myIntraComm, ticket())).contains("code=\"INVALID_SERVICE\"");
    }

    @Test
    void missing_or_meaningless_parameters_are_an_invalid_request() {
        assertThat(get(idp.baseUrl() + "/cas/serviceValidate").body())
                .contains("<cas:authenticationFailure code=\"INVALID_REQUEST\">");
        assertThat(validate("/cas/serviceValidate", myRemote, ""))
                .contains("code=\"INVALID_REQUEST\"");
        assertThat(validate("/cas/serviceValidate", myRemote, ticket(), "authenticationLevel=SUPREME"))
                .contains("code=\"INVALID_REQUEST\"");
        assertThat(validate("/cas/serviceValidate", myRemote, ticket(), "assuranceLevel=5"))
                .contains("code=\"INVALID_REQUEST\"");
    }

    @Test
    void a_password_only_sign_in_is_refused_where_medium_is_asked() {
        assertThat(validate("/cas/serviceValidate", myRemote, ticket(), "authenticationLevel=MEDIUM"))
                .contains("<cas:authenticationFailure code=\"INSUFFICIENT_AUTHENTICATION_LEVEL\">");
        assertThat(validate("/cas/serviceValidate", myRemote, ticket(), "authenticationLevel=BASIC"))
                .contains("<cas:authenticationSuccess>");
    }

    @Test
    void an_account_below_the_assurance_level_asked_is_an_invalid_user() {
        assertThat(validate("/cas/serviceValidate", myRemote, ticket(), "assuranceLevel=TOP"))
                .contains("<cas:authenticationFailure code=\"INVALID_USER\">");
        assertThat(validate("/cas/serviceValidate", myRemote, ticket(), "assuranceLevel=10"))
                .contains("<cas:authenticationSuccess>");
        String staffTicket = signInAt(new TestBrowser(idp.baseUrl()), myRemote, "staff@ec.europa.eu");
        assertThat(validate("/cas/serviceValidate", myRemote, staffTicket, "assuranceLevel=40", "userDetails=true"))
                .contains("<cas:assuranceLevel>40</cas:assuranceLevel>")
                .contains("<cas:domain>eu.europa.ec</cas:domain>");
    }

    @Test
    void renew_at_validation_refuses_a_ticket_from_single_sign_on() {
        TestBrowser browser = new TestBrowser(idp.baseUrl());
        String fresh = signInAt(browser, myRemote, "ana@example.eu");
        assertThat(validate("/cas/serviceValidate", myRemote, fresh, "renew=true")).contains("<cas:authenticationSuccess>");
        browser.get(loginUrl(myRemote));
        String fromSso = landedTicket(browser, myRemote);
        assertThat(validate("/cas/serviceValidate", myRemote, fromSso, "renew=true"))
                .contains("<cas:authenticationFailure code=\"INVALID_TICKET\">");
    }

    @Test
    void what_a_service_sends_back_is_escaped_and_never_a_server_error() {
        assertThat(get(idp.baseUrl() + "/cas/serviceValidate?service=" + enc("<x>&\u0001")
                + "&ticket=" + enc("ST-<script>" + "a".repeat(5000))).statusCode()).isEqualTo(200);
        String answer = validate("/cas/serviceValidate", "<x>", "ST-<b>");
        assertThat(answer).contains("ST-&lt;b&gt;").doesNotContain("<b>");
    }
}
