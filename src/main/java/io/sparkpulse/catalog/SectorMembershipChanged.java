package io.sparkpulse.catalog;

import java.util.Set;

/**
 * Published inside the writing transaction when products joined or left these sectors
 * (created, moved, retired, restored), so that whatever ranks a sector can rank it again
 * before the commit.
 */
public record SectorMembershipChanged(Set<Long> sectorIds) {
}
