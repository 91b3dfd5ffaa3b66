package org.factdesk.account.signin;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Checks HTTP Basic credentials for API clients through {@link SignInService}. */
@ApplicationScoped
public class BasicIdentityProvider implements IdentityProvider<BasicLoginRequest> {

    @Inject
    SignInService signIn;

    @Override
    public Class<BasicLoginRequest> getRequestType() {
        return BasicLoginRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BasicLoginRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            SignInService.Result result = signIn.signIn(request.username, request.password, request.ip,
                    request.path, SignInService.Channel.BASIC);
            switch (result.status()) {
                case OK:
                    return Identities.of(result.account(), null);
                case LOCKED:
                    long minutes = Math.max(1, Duration.between(Instant.now(), result.lockedUntil()).toMinutes() + 1);
                    request.failure = "Too many failed sign-in attempts for this account; try again in " + minutes
                            + " minutes.";
                    break;
                case INACTIVE:
                    request.failure = "This account is deactivated.";
                    break;
                default:
                    request.failure = "Wrong username or password.";
            }
            throw new AuthenticationFailedException(request.failure);
        });
    }
}
