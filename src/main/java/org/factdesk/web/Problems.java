package org.factdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import io.vertx.core.json.JsonObject;

/** RFC 9457 problem details, the body of every API error. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Map<String, Object> body(int status, String title, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }

    /** The status's name as a problem's title in {@code language} (in English, the HTTP reason phrase). */
    public static String title(int status, Language language) {
        return Localization.messages(AppMessages.class, language).problemTitle(status);
    }

    public static String json(int status, String title, String detail, String instance) {
        return new JsonObject(body(status, title, detail, instance)).encode();
    }

    public static Response response(int status, String detail) {
        return response(status, detail, Map.of());
    }

    /** A problem response; {@code extra} adds members such as per-field errors. */
    public static Response response(int status, String detail, Map<String, ?> extra) {
        Map<String, Object> body = body(status, title(status, Localization.ofCurrentRequest()), detail, null);
        body.putAll(extra);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
