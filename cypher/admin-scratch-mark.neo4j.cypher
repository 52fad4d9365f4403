// Mark a database as scratch: suites and the bench may wipe it again.
MERGE (:KgScratch {id: 'kg-scratch'})
