package org.factdesk.account.signin;

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
                    request.path, SignInService.Channel.BASIC, null);
            if (result.ok()) {
                return Identities.of(result.account(), null);
            }
            request.failure = result.message();
            if (result.status() == SignInService.Status.THROTTLED || result.status() == SignInService.Status.BUSY) {
                request.status = result.status() == SignInService.Status.THROTTLED ? 429 : 503;
                request.retryAfter = result.retryAfter().toSeconds();
            }
            throw new AuthenticationFailedException(request.failure);
        });
    }
}
