package org.factdesk.web;

import java.io.IOException;
import java.io.PushbackInputStream;

import jakarta.inject.Singleton;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The rules for every JSON body the API reads: one JSON value and nothing after it, no byte-order mark, and never
 * missing, empty or {@code null}. A write that arrives without a body is refused (400) rather than read as "blank
 * every field", so a broken client can never erase a record by sending nothing.
 */
@Provider
public class JsonInput implements ReaderInterceptor {

    /** The refusals' words in the API's language (its Accept-Language, else English). */
    private static AppMessages text() {
        return Localization.messages(AppMessages.class, Localization.ofCurrentRequest());
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 4);
        byte[] head = new byte[4];
        int n = in.readNBytes(head, 0, head.length);
        if (n <= 0) {
            throw new BadRequestException(text().jsonBodyMissing());
        }
        if (hasByteOrderMark(head, n)) {
            throw new BadRequestException(text().jsonByteOrderMark());
        }
        in.unread(head, 0, n);
        context.setInputStream(in);
        Object value = context.proceed();
        if (value == null) {
            throw new BadRequestException(text().jsonBodyMissing());
        }
        return value;
    }

    private static boolean hasByteOrderMark(byte[] b, int n) {
        boolean utf8 = n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        boolean utf16 = n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
        return utf8 || utf16;
    }

    /** JSON, or no Content-Type at all: quarkus-rest then still hands the body to the JSON reader. */
    private static boolean isJson(MediaType type) {
        return type == null || type.isWildcardType() || type.getSubtype().equalsIgnoreCase("json")
                || type.getSubtype().endsWith("+json");
    }

    /**
     * Jackson reads exactly one value: {@code {"a":1}{"b":2}} or {@code {} trailing} is an error, not the first half.
     * No text may hold the NUL character: PostgreSQL cannot store it, so it is refused here, as a 400 naming the
     * field, rather than failing at the database.
     */
    @Singleton
    static class StrictJson implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            SimpleModule texts = new SimpleModule("factdesk-texts");
            texts.addDeserializer(String.class, new NoNulStrings());
            mapper.registerModule(texts);
        }
    }

    static final class NoNulStrings extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, value,
                        "a text may not contain the NUL character (U+0000)");
            }
            return value;
        }
    }
}
