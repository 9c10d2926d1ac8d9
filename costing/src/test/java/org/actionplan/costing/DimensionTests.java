package org.actionplan.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DimensionTests {

    @Test
    void membershipDimensionsDoNotPartition() {
        assertThat(Dimension.INVOLVED_INSTITUTION.partitions()).isFalse();
        assertThat(Dimension.SOURCE_KIND.partitions()).isFalse();
        assertThat(Dimension.DONOR.partitions()).isFalse();
        assertThat(Dimension.GOAL.partitions()).isTrue();
        assertThat(Dimension.responsibleInstitution(Allocation.equalSplit()).partitions()).isTrue();
    }

    @Test
    void levelsAndAllocationsMustFitTheKind() {
        assertThat(Dimension.level(1)).isEqualTo(Dimension.GOAL);
        assertThatThrownBy(() -> Dimension.level(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dimension(Dimension.Kind.YEAR, 2, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dimension(Dimension.Kind.YEAR, 0, Allocation.allToLead()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dimension(Dimension.Kind.RESPONSIBLE_INSTITUTION, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreReadable() {
        assertThat(Dimension.level(2).toString()).isEqualTo("LEVEL 2");
        assertThat(Dimension.YEAR.toString()).isEqualTo("YEAR");
        assertThat(Dimension.responsibleInstitution(Allocation.equalSplit()).toString())
                .isEqualTo("RESPONSIBLE_INSTITUTION EQUAL_SPLIT");
    }
}
