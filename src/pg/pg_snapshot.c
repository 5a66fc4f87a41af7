/*
 * pg_snapshot.c — the compiled dictionary shared by every backend through a
 * file under the data directory, mapped read-only.
 *
 * Design.  Compiling the dictionary tables costs a backend 60-140 ms and
 * several MB of private memory; under connection poolers, parallel query and
 * Citus (a connection per shard) that is paid again and again.  So the first
 * backend that needs a dictionary version writes the compiled image
 * (gp_snapshot.h: position-independent, offsets only) to
 *   $PGDATA/pg_geopol/db<database oid>_v<version>_x<xmin>_icu<ICU>_f<format>_b<build>.snap
 * and every backend, parallel worker or Citus connection after it maps that
 * file read-only (MAP_SHARED: the pages are the page cache's, shared, not
 * the backend's private memory).
 *
 * Why a file and not shared memory: dynamic shared memory has no registry
 * by which a new backend could find a segment in PostgreSQL 15 unless the
 * library is preloaded (shared_preload_libraries), which geopol does not
 * require; a file is found by its name, survives backends and restarts,
 * needs no cleanup hook on crash, and the kernel shares its pages.
 *
 * Correctness:
 * - Which file: the name carries everything the image depends on: the
 *   database (dictionaries differ per database), the dictionary version
 *   and the xmin of the geopol.dictionary_version row (read with the
 *   statement's snapshot, the same snapshot the compile reads the tables
 *   with; the edit triggers bump the version in the editing transaction, and
 *   the xmin tells apart states that reuse a number, e.g. after DROP and
 *   CREATE EXTENSION), the ICU version (norms and stems), the image format
 *   and this library's build.  The key is stored in the image too and
 *   compared after mapping.  Server encodings do not matter: images hold
 *   UTF-8, converted when compiled.
 * - A transaction that changed the dictionary itself (the version row's
 *   xmin is its own) compiles privately and stores nothing: its state may
 *   roll back.
 * - Publishing is atomic: written to a temporary file, fsynced, then
 *   renamed, so that after a crash of the machine the name gives the whole
 *   file or none.  A file is never changed once in place.  Mapping checks
 *   the header, the size and the key (a damaged file is removed and built
 *   again); a CRC over the whole image is stored but not checked there: it
 *   would read every page (1.5 ms for the shipped dictionary, most of a new
 *   backend's first-call cost), and the image's readers check every id and
 *   offset against its bounds, so that damage the header does not show
 *   gives no match rather than a crash.
 * - Concurrent first calls: a builder holds flock() on db<oid>.lock; the
 *   others wait (at most GP_SNAPSHOT_LOCK_WAIT_MS, interruptibly) and map
 *   what it stored.  Past the wait a backend compiles for itself: never a
 *   hang behind a builder that waits for a table lock the waiter holds.
 * - Disk full, read-only directory ...: a WARNING, and the backend uses
 *   its private compile: results are the same, only not shared.
 * - Stale files: storing a snapshot removes the database's other
 *   snapshots (a backend that maps one keeps its mapping: unlinking a
 *   mapped file is safe), those of databases that no longer exist, and
 *   temporary files of processes that are gone.
 */
#include "postgres.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/file_perm.h"
#include "miscadmin.h"
#include "port/pg_crc32c.h"
#include "storage/fd.h"
#include "utils/syscache.h"

#include "gp_snapshot.h"
#include "pg_snapshot.h"

#define GP_SNAPSHOT_DIR "pg_geopol"
#define GP_SNAPSHOT_LOCK_WAIT_MS 5000
#define GP_FILE_MAGIC 0x47505346u	/* "GPSF" */

/* the file: this header, then the image (8-byte aligned) */
typedef struct FileHead
{
	uint32		magic;
	pg_crc32c	crc;			/* of the image (for tools; not checked when mapped) */
	uint64		size;			/* of the image */
} FileHead;

void
gp_pg_snapshot_path(const GpSnapKey *key, char *buf, size_t len)
{
	snprintf(buf, len, GP_SNAPSHOT_DIR "/db%u_v" INT64_FORMAT "_x%u_icu%s_f%u_b%08x.snap",
			 key->dboid, key->version, key->xmin, key->icu, key->format, key->build);
}

static pg_crc32c
image_crc(const void *image, size_t size)
{
	pg_crc32c	crc;

	INIT_CRC32C(crc);
	COMP_CRC32C(crc, image, size);
	FIN_CRC32C(crc);
	return crc;
}

const void *
gp_pg_snapshot_map(const GpSnapKey *key, size_t *size)
{
	char		path[MAXPGPATH];
	int			fd;
	struct stat st;
	char	   *map;
	FileHead	h;
	const void *k;
	size_t		klen;

	gp_pg_snapshot_path(key, path, sizeof(path));
	fd = open(path, O_RDONLY | PG_BINARY, 0);
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) != 0 || st.st_size < (off_t) sizeof(FileHead))
	{
		close(fd);
		goto damaged;
	}
	/* MAP_POPULATE: the page tables filled at once, cheaper than a fault per page */
	map = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED | MAP_POPULATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return NULL;
	memcpy(&h, map, sizeof(h));
	if (h.magic != GP_FILE_MAGIC || h.size != (uint64) st.st_size - sizeof(FileHead) ||
		(k = gp_snapshot_key(map + sizeof(FileHead), h.size, &klen)) == NULL ||
		klen != sizeof(GpSnapKey) || memcmp(k, key, sizeof(GpSnapKey)) != 0)
	{
		munmap(map, (size_t) st.st_size);
		goto damaged;
	}
	*size = h.size;
	return map + sizeof(FileHead);

damaged:
	ereport(LOG,
			(errmsg("removing damaged geopol dictionary snapshot \"%s\"", path)));
	(void) unlink(path);
	return NULL;
}

void
gp_pg_snapshot_unmap(const void *image, size_t size)
{
	if (image != NULL)
		munmap((char *) image - sizeof(FileHead), size + sizeof(FileHead));
}

/* the directory, created when missing; false (errno set) if it cannot be */
static bool
ensure_dir(void)
{
	if (MakePGDirectory(GP_SNAPSHOT_DIR) == 0 || errno == EEXIST)
		return true;
	return false;
}

static bool
write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len > 0)
	{
		ssize_t		n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
		{
			if (n == 0)
				errno = ENOSPC;
			return false;
		}
		p += n;
		len -= (size_t) n;
	}
	return true;
}

/* what a name in the directory is: a snapshot or lock of a database, a temporary file, or other */
static void
remove_stale(const GpSnapKey *key, const char *keep)
{
	DIR		   *dir = AllocateDir(GP_SNAPSHOT_DIR);
	struct dirent *de;

	if (dir == NULL)
		return;
	while ((de = ReadDirExtended(dir, GP_SNAPSHOT_DIR, LOG)) != NULL)
	{
		char		path[MAXPGPATH];
		unsigned int oid;
		int			pid;
		unsigned int n;
		bool		drop = false;

		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), GP_SNAPSHOT_DIR "/%s", de->d_name);
		if (sscanf(de->d_name, "tmp.%d.%u", &pid, &n) == 2)
			drop = pid != MyProcPid && kill(pid, 0) != 0 && errno == ESRCH;
		else if (sscanf(de->d_name, "db%u", &oid) == 1)
		{
			bool		is_lock = strstr(de->d_name, ".lock") != NULL;

			if (!SearchSysCacheExists1(DATABASEOID, ObjectIdGetDatum((Oid) oid)))
				drop = true;	/* a dropped database's */
			else if (oid == key->dboid && !is_lock && strcmp(path, keep) != 0)
				drop = true;	/* another version of this database's dictionary */
		}
		if (drop && unlink(path) != 0 && errno != ENOENT)
			ereport(LOG,
					(errcode_for_file_access(),
					 errmsg("could not remove stale geopol dictionary snapshot \"%s\": %m", path)));
	}
	FreeDir(dir);
}

bool
gp_pg_snapshot_store(const GpSnapKey *key, const void *image, size_t size)
{
	static uint32 counter = 0;
	char		path[MAXPGPATH],
				tmp[MAXPGPATH];
	FileHead	h;
	int			fd;
	const char *what;

	gp_pg_snapshot_path(key, path, sizeof(path));
	snprintf(tmp, sizeof(tmp), GP_SNAPSHOT_DIR "/tmp.%d.%u", MyProcPid, counter++);
	what = "create the directory for";
	if (!ensure_dir())
		goto fail;
	what = "create";
	fd = OpenTransientFile(tmp, O_WRONLY | O_CREAT | O_TRUNC | PG_BINARY);
	if (fd < 0)
		goto fail;
	h.magic = GP_FILE_MAGIC;
	h.size = size;
	h.crc = image_crc(image, size);
	what = "write";
	if (!write_all(fd, &h, sizeof(h)) || !write_all(fd, image, size))
		goto fail_close;
	what = "fsync";
	if (pg_fsync(fd) != 0)
		goto fail_close;
	if (CloseTransientFile(fd) != 0)
		goto fail_unlink;
	what = "rename into place";
	if (rename(tmp, path) != 0)
		goto fail_unlink;
	remove_stale(key, path);
	return true;

fail_close:
	{
		int			save = errno;

		(void) CloseTransientFile(fd);
		errno = save;
	}
fail_unlink:
	{
		int			save = errno;

		(void) unlink(tmp);
		errno = save;
	}
fail:
	ereport(WARNING,
			(errcode_for_file_access(),
			 errmsg("could not %s the shared geopol dictionary snapshot \"%s\": %m", what, path),
			 errdetail("This session uses a dictionary compiled for itself; results are the same."),
			 errhint("Other sessions compile theirs too until the snapshot can be stored under the data directory.")));
	return false;
}

int
gp_pg_snapshot_lock(Oid dboid)
{
	char		path[MAXPGPATH];
	int			fd;

	if (!ensure_dir())
		return -1;
	snprintf(path, sizeof(path), GP_SNAPSHOT_DIR "/db%u.lock", dboid);
	fd = OpenTransientFile(path, O_RDWR | O_CREAT | PG_BINARY);
	if (fd < 0)
		return -1;
	for (int waited = 0; waited < GP_SNAPSHOT_LOCK_WAIT_MS; waited++)
	{
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return fd;
		if (errno != EWOULDBLOCK && errno != EINTR)
			break;
		CHECK_FOR_INTERRUPTS();
		pg_usleep(1000L);
	}
	CloseTransientFile(fd);
	return -1;
}

void
gp_pg_snapshot_unlock(int handle)
{
	if (handle >= 0)
		CloseTransientFile(handle);	/* closing releases the flock */
}
