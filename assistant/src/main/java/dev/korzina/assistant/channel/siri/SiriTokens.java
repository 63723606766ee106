package dev.korzina.assistant.channel.siri;

import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.identity.Caller;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.identity.LinkCode;
import dev.korzina.store.identity.MemberTokens;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The bearer tokens Siri Shortcuts send: tokens of household members issued by {@code korzina tokens create} (each
 * member a customer of their own, joined to a household by its token or linked later by code), and static tokens
 * from the configuration (each its own household until linked).
 */
public final class SiriTokens {

    /** The channel the tokens are used on. */
    public static final String CHANNEL = "siri";

    private final PostgresIdentityStore identities;
    private final MemberTokens tokens;
    private final HouseholdLinker linker;
    private final List<byte[]> staticTokens;

    /**
     * Creates the tokens.
     *
     * @param identities customers and API sessions
     * @param tokens the members' tokens
     * @param linker joins households
     * @param staticTokens the configured static tokens
     */
    public SiriTokens(
            PostgresIdentityStore identities, MemberTokens tokens, HouseholdLinker linker, List<String> staticTokens) {
        this.identities = identities;
        this.tokens = tokens;
        this.linker = linker;
        this.staticTokens = staticTokens.stream().map(SiriTokens::hash).toList();
    }

    /**
     * A new member token.
     *
     * @param token the token, shown once
     * @param member the member's name
     * @param linkCode a code that brings another channel (Alice, Telegram) into the member's household
     */
    public record Issued(String token, String member, Optional<LinkCode> linkCode) {}

    /**
     * Issues a token for a new household member.
     *
     * @param member the member's name
     * @param householdOf a token (a member's or an API session's) of the household to join; empty for a new household
     * @param withLinkCode whether to issue a link code for the member's household too
     * @return the token and code
     * @throws IllegalArgumentException when {@code householdOf} is no known token
     */
    public Issued create(String member, Optional<String> householdOf, boolean withLinkCode) {
        Optional<Caller> joining = householdOf.map(
                t -> known(t).orElseThrow(() -> new IllegalArgumentException("--household-of: that token is unknown"))
                        .caller());
        return issue(member, joining, withLinkCode);
    }

    /**
     * Issues a token for a new member of a signed-in customer's household (the account page does this).
     *
     * @param owner the customer whose household the member joins
     * @param member the member's name
     * @return the token
     */
    public Issued create(Caller owner, String member) {
        return issue(member, Optional.of(owner), false);
    }

    private Issued issue(String member, Optional<Caller> joining, boolean withLinkCode) {
        Identity identity = identities.resolve(CHANNEL, "member:" + UUID.randomUUID());
        joining.ifPresent(
                owner -> linker.redeem(identity.caller(), linker.issue(owner).code()));
        String token = tokens.issue(identity.caller().customerId(), member);
        Optional<LinkCode> code = withLinkCode ? Optional.of(linker.issue(identity.caller())) : Optional.empty();
        return new Issued(token, member, code);
    }

    /**
     * The member a Shortcut's token speaks for.
     *
     * @param token the bearer token
     * @return the member, or empty for an unknown token
     */
    public Optional<Identity> identity(String token) {
        byte[] hash = hash(token);
        boolean isStatic = staticTokens.stream().anyMatch(t -> MessageDigest.isEqual(t, hash));
        return isStatic
                ? Optional.of(
                        identities.resolve(CHANNEL, "static:" + HexFormat.of().formatHex(hash, 0, 16)))
                : tokens.identity(token, CHANNEL);
    }

    private Optional<Identity> known(String token) {
        return identity(token).or(() -> identities.identity(token));
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
