package dev.korzina.assistant.cli;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.channel.siri.SiriTokens;
import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.config.KorzinaConfig;
import dev.korzina.store.Database;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.identity.MemberTokens;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code korzina tokens create --member NAME [--household-of TOKEN | --link-code]}: issues a household member's
 * bearer token and prints it once on stdout (with {@code --link-code}, a second line {@code code: NNNNNN} that links
 * another channel into the member's household). Run it while the server is stopped, or against {@code --db-url}.
 */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = "Issue a household member's token (printed once) for a Siri Shortcut.")
final class TokensCreateCommand implements Callable<Integer> {

    private final ConfigLoader loader;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(names = "--member", paramLabel = "NAME", required = true, description = "Who the token is for.")
    String member;

    @ArgGroup(exclusive = true)
    Household household = new Household();

    /** Where the member's household comes from. */
    static final class Household {
        @Option(
                names = "--household-of",
                paramLabel = "TOKEN",
                description = "Join the household of this token (a member's or an API session's).")
        String token;

        @Option(
                names = "--link-code",
                description = "Also print a one-time code (10 minutes) that links another channel, e.g. Alice"
                        + " (\"код 123456\"), into the new member's household.")
        boolean linkCode;
    }

    TokensCreateCommand(ConfigLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        if (member.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--member must not be blank");
        }
        KorzinaConfig config = options.load(loader, Map.of());
        try (Database database = Database.startOrAttach(config.db())) {
            SiriTokens tokens = new SiriTokens(
                    new PostgresIdentityStore(database.dataSource()),
                    new MemberTokens(database.dataSource()),
                    new HouseholdLinker(
                            database.dataSource(), Application.objectMapper(), config.cart(), Clock.systemUTC()),
                    List.of());
            SiriTokens.Issued issued;
            try {
                issued = tokens.create(member.strip(), Optional.ofNullable(household.token), household.linkCode);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(issued.token());
            issued.linkCode().ifPresent(code -> out.println("code: " + code.code()));
            out.flush();
            spec.commandLine()
                    .getErr()
                    .println("The token of " + issued.member() + " is shown only this once: put it in the Shortcut's"
                            + " Authorization header as \"Bearer <token>\".");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
