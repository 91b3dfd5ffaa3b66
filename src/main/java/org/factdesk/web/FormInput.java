package org.factdesk.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Priorities;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The rule for every form a page sends, URL-encoded or multipart: no field may hold the NUL character (U+0000).
 * PostgreSQL cannot store it, so a form with one is refused as a whole, with a 400 that names the field, before any
 * resource runs, rather than failing at the database halfway through a change (a 500) or being saved on H2 only.
 * File parts are not looked at: an uploaded file may hold 0 bytes, and its text is cleaned where it is read
 * ({@code ArticleText}). JSON bodies follow the same rule in {@link JsonInput}.
 * <p>
 * Runs once the form is read ({@link WithFormRead}, as the CSRF check does) and after that check, so a form
 * without its token is still answered as an expired form.
 */
public class FormInput {

    /** After quarkus-rest-csrf's filter, which has the default priority. */
    static final int PRIORITY = Priorities.USER + 100;

    private static final int LONGEST_NAME_SHOWN = 80;

    @ServerRequestFilter(priority = PRIORITY)
    @WithFormRead
    public void refuseNul(ResteasyReactiveContainerRequestContext context) {
        FormData form = ((ResteasyReactiveRequestContext) context.getServerRequestContext()).getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && value.getValue() != null && value.getValue().indexOf('\0') >= 0) {
                    throw new BadRequestException(nulMessage(name));
                }
            }
        }
    }

    /** Names the field as the form sent it, with its own control characters written out and cut to a line. */
    static String nulMessage(String field) {
        String shown = LogText.of(field);
        if (shown.length() > LONGEST_NAME_SHOWN) {
            shown = shown.substring(0, LONGEST_NAME_SHOWN) + "…";
        }
        return "The field “" + shown + "” contains a NUL character (U+0000), which cannot be stored. Nothing was "
                + "changed: remove the character and send the form again.";
    }
}
