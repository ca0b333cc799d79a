package lab.eulogin.testkit.clients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The IdP's {@code /__lab/problem-reports}: every problem report EU Login keeps about an account,
 * with all that was stored (description, application, browser, times), as tests that look
 * through them need (e.g. that no report holds the password).
 */
public final class LabProblemReportsClient {
    private static final String REPORTS = "/__lab/problem-reports";

    private final LabHttp http;

    public LabProblemReportsClient(String idpUrl) {
        this.http = new LabHttp(idpUrl);
    }

    /** The reports about the account with this address, newest first; each field by its name, as text (null when unset). */
    public List<Map<String, String>> about(String email) {
        String path = REPORTS + "?email=" + LabHttp.encode(email);
        List<Map<String, String>> reports = new ArrayList<>();
        for (JsonNode report : http.json(http.get(path, 200), path).get("reports")) {
            Map<String, String> fields = new LinkedHashMap<>();
            report.fields().forEachRemaining(field -> fields.put(field.getKey(),
                    field.getValue().isNull() ? null : field.getValue().asText()));
            reports.add(fields);
        }
        return reports;
    }
}
