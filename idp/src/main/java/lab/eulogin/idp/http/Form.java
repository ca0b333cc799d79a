package lab.eulogin.idp.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormEncodedDataDefinition;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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

    /** The form in the request's body; {@link Unreadable} when the body is not the form its type says. */
    public static Form read(HttpServerExchange exchange) {
        return read(exchange, PARSERS);
    }

    /**
     * A form that may carry files, kept in memory rather than in temporary files; the exchange's
     * largest entity must be set to bound it.
     */
    public static Form readWithFiles(HttpServerExchange exchange) {
        long limit = exchange.getMaxEntitySize();
        MultiPartParserDefinition multipart = new MultiPartParserDefinition();
        multipart.setFileSizeThreshold(limit > 0 ? limit : 1 << 20);
        multipart.setDefaultEncoding("UTF-8");
        FormParserFactory parsers = FormParserFactory.builder(false)
                .addParsers(new FormEncodedDataDefinition().setDefaultEncoding("UTF-8"), multipart)
                .build();
        return read(exchange, parsers);
    }

    /**
     * Undertow's parsers fail with an {@code IOException} on a multipart body cut short, and with a
     * runtime exception on a broken percent escape such as {@code %zz}; both are the sender's doing.
     */
    private static Form read(HttpServerExchange exchange, FormParserFactory parsers) {
        try (FormDataParser parser = parsers.createParser(exchange)) {
            return new Form(parser == null ? new FormData(0) : parser.parseBlocking());
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(e);
        }
    }

    /** A body that could not be read as a form: a bad request (400), or too large (413), never a server error. */
    public static final class Unreadable extends RuntimeException {
        private final boolean tooLarge;

        Unreadable(Exception cause) {
            super("The form could not be read: " + cause, cause);
            this.tooLarge = cause instanceof RequestTooBigException;
        }

        public boolean tooLarge() {
            return tooLarge;
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

    /**
     * The files sent in a field of a multipart form, in order; a file input left empty sends none.
     * A file larger than {@code maxBytes} comes with its size only, unread.
     */
    public List<Upload> files(String name, long maxBytes) {
        Deque<FormData.FormValue> values = data.get(name);
        List<Upload> files = new ArrayList<>();
        if (values == null) {
            return files;
        }
        for (FormData.FormValue value : values) {
            if (!value.isFileItem()) {
                continue;
            }
            String fileName = value.getFileName() == null ? "" : value.getFileName();
            try {
                long size = value.getFileItem().getFileSize();
                if (fileName.isEmpty() && size == 0) {
                    continue;
                }
                byte[] bytes = null;
                if (size <= maxBytes) {
                    try (InputStream in = value.getFileItem().getInputStream()) {
                        bytes = in.readNBytes((int) maxBytes + 1);
                    }
                }
                files.add(new Upload(fileName, size, bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** A file from a form: its name as the browser gave it, its size, and its content unless too large. */
    public record Upload(String fileName, long size, byte[] bytes) {
    }

    public boolean checked(String name) {
        return !get(name).isEmpty();
    }
}
