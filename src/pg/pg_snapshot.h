/*
 * pg_snapshot.h — compiled dictionaries shared through files under the data
 * directory (see pg_snapshot.c).
 */
#ifndef PG_SNAPSHOT_H
#define PG_SNAPSHOT_H

#include "postgres.h"

/* what a snapshot is the compiled form of; stored in the image and in its file's name */
typedef struct GpSnapKey
{
	uint32		format;			/* GP_SNAPSHOT_FORMAT */
	uint32		build;			/* a hash of this geopol library's build */
	Oid			dboid;			/* the database */
	TransactionId xmin;			/* of the geopol.dictionary_version row read */
	int64		version;		/* its version */
	char		icu[24];		/* ICU version: norms and stems depend on it */
} GpSnapKey;

/* the image stored for key, mapped read-only (NULL if there is none, or it was damaged) */
extern const void *gp_pg_snapshot_map(const GpSnapKey *key, size_t *size);
extern void gp_pg_snapshot_unmap(const void *image, size_t size);

/*
 * Store image for key: written to a temporary file, then renamed into place
 * (readers never see a partial file).  Returns false, after a WARNING, when
 * it could not be stored (disk full ...).  Removes the database's other
 * snapshots and those of dropped databases.
 */
extern bool gp_pg_snapshot_store(const GpSnapKey *key, const void *image, size_t size);

/*
 * Wait (at most a few seconds) to be the database's only builder; returns a
 * handle for gp_pg_snapshot_unlock, or -1 if the wait timed out (then build
 * anyway: correct, only not shared).
 */
extern int	gp_pg_snapshot_lock(Oid dboid);
extern void gp_pg_snapshot_unlock(int handle);

/* the file name of key's snapshot (relative to the data directory) */
extern void gp_pg_snapshot_path(const GpSnapKey *key, char *buf, size_t len);

#endif
