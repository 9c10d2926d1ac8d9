package org.actionplan.core.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResponsibilityTests {

    private static final Responsibility MB_MD_PP = new Responsibility("MB", "MD, PP", List.of(
            new Assignment("MB", "MB", Role.LEAD), new Assignment("MD", "MD", Role.SUPPORTING),
            new Assignment(null, "PP", Role.SUPPORTING)));

    @Test
    void findsTheLeadAndTheAssignmentsOfARoleInOrder() {
        assertThat(MB_MD_PP.lead()).hasValueSatisfying(a -> assertThat(a.institution()).isEqualTo("MB"));
        assertThat(MB_MD_PP.withRole(Role.SUPPORTING)).extracting(Assignment::name).containsExactly("MD", "PP");
        assertThat(MB_MD_PP.withRole(Role.CO_RESPONSIBLE)).isEmpty();
        assertThat(new Responsibility(null, null, null).lead()).isEmpty();
    }

    @Test
    void anUnresolvedNameIsKeptNotDropped() {
        Assignment pp = MB_MD_PP.assignments().get(2);
        assertThat(pp.isResolved()).isFalse();
        assertThat(pp.name()).isEqualTo("PP");
        assertThat(MB_MD_PP.assignments().get(0).isResolved()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> new Assignment("MB", " ", Role.LEAD)).withMessageContaining("name");
    }
}
