package lab.eulogin.idp.http;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code {{ moment | time }}} in templates: a moment as every page shows it, in the page's language
 * ({@link Web#time(Instant, java.util.Locale)}); a missing one shows nothing, anything else as it is.
 */
final class TimeFormat extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("time", new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return null;
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int line) {
                if (input == null) {
                    return "";
                }
                return input instanceof Instant instant ? Web.time(instant, context.getLocale()) : input;
            }
        });
    }
}
