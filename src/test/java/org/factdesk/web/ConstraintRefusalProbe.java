package org.factdesk.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.factdesk.account.Account;
import org.factdesk.account.Role;

/**
 * A test-only route that refuses an account breaking its entity's Bean Validation constraints, as a flush would:
 * the services check every field first, so nothing in the app reaches {@link ErrorPages#invalid} on purpose.
 */
@Path("/api/v1/test-only/constraint-refusal")
public class ConstraintRefusalProbe {

    @Inject
    Validator validator;

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    public void refuse() {
        Account account = new Account();
        account.username = " ";
        account.displayName = "x".repeat(121);
        account.email = "not an address";
        throw new ConstraintViolationException(validator.validate(account));
    }
}
