package dev.korzina.store.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallerTest {

    private final UUID household = UUID.randomUUID();

    @Test
    void aMemberUsesTheCartOfItsOwnHousehold() {
        Caller member = new Caller(UUID.randomUUID(), household, "member", "web");

        assertThat(member.mayUse(household)).isTrue();
    }

    @Test
    void anOwnerMayNotUseAnotherHouseholdsCart() {
        Caller owner = new Caller(UUID.randomUUID(), household, "owner", "alice");

        assertThat(owner.mayUse(UUID.randomUUID())).isFalse();
    }

    @Test
    void supportStaffMayUseEveryCart() {
        Caller support = new Caller(UUID.randomUUID(), household, "support", "web");

        assertThat(support.mayUse(UUID.randomUUID())).isTrue();
    }
}
