package lab.eulogin.idp.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.OptionalLong;

/** A submitted form; a missing field reads as empty, so handlers never meet null. */
public final class Form {
    private static final FormParserFactory PARSERS = FormParserFactory.builder()
            .withDefaultCharset("UTF-8")
            .build();

    private final FormData data;

    private Form(FormData data) {
        this.data = data;
    }

    static Form read(HttpServerExchange exchange) {
        try (FormDataParser parser = PARSERS.createParser(exchange)) {
            return new Form(parser == null ? new FormData(0) : parser.parseBlocking());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String name) {
        Deque<FormData.FormValue> values = data.get(name);
        if (values == null || values.isEmpty() || values.getFirst().isFileItem()) {
            return "";
        }
        return values.getFirst().getValue();
    }

    /** A row's number from a hidden field, such as the phone or device to delete; empty when it is not one. */
    public OptionalLong id(String name) {
        try {
            return OptionalLong.of(Long.parseLong(get(name)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public boolean checked(String name) {
        return !get(name).isEmpty();
    }
}
