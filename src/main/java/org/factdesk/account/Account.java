package org.factdesk.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.factdesk.account.signin.Identities;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** A person who signs in to the desk; also the user definition for quarkus-security-jpa. */
@Entity
@Audited
@UserDefinition
public class Account extends PanacheEntity {

    @Username
    @NotBlank
    @Size(max = 32)
    @Column(nullable = false, unique = true, length = 32)
    public String username;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false, length = 120)
    public String displayName;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(nullable = false, length = 254)
    public String email;

    /** bcrypt in Modular Crypt Format. */
    @NotAudited
    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Roles
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 16)
    public Set<String> roles = new TreeSet<>();

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @NotAudited
    @Column(name = "last_sign_in_at")
    public Instant lastSignInAt;

    /** The language tag this person reads the pages in; null follows their browser, then the desk. Not audited. */
    @NotAudited
    @Column(length = 8)
    public String language;

    /** The time zone this person reads times in; null follows the desk. Not audited. */
    @NotAudited
    @Column(name = "time_zone", length = 64)
    public String timeZone;

    @Version
    @Column(nullable = false)
    public long version;

    public boolean hasRole(Role role) {
        return roles.contains(role.key);
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> Role.fromKey(r).ifPresent(set::add));
        return set;
    }

    public String roleLabels() {
        return roleSet().stream().map(r -> r.label).collect(Collectors.joining(", "));
    }

    /** Usernames are compared case-insensitively by storing them lower-case. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The account behind a signed-in identity; null for anonymous or test identities without one. */
    public static Account signedIn(io.quarkus.security.identity.SecurityIdentity identity) {
        Long id = Identities.accountId(identity);
        return id == null ? null : findById(id);
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", normalise(username)).firstResultOptional();
    }

    public static List<Account> listPage(int page, int size) {
        return findAll(Sort.by("username")).page(Page.of(page, size)).list();
    }

    public static long countActiveWithRole(Role role) {
        return count("select count(a) from Account a join a.roles r where a.active = true and r = ?1", role.key);
    }
}
