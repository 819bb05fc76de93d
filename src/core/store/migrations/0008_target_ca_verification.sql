-- Ferry schema version 8: how a target's server certificate is verified (issue 14, item 12;
-- docs/targets.md). tls_verify 'fingerprint' (the default, as before): the certificate a person
-- confirmed is pinned by its SHA-256. 'ca': the certificate must be issued for the endpoint's
-- host name by a certificate authority the system trusts or one of tls_ca_pem's (PEM, may be
-- empty), and nothing is pinned, so a certificate that renews (ACME) keeps working.
ALTER TABLE targets ADD COLUMN tls_verify TEXT NOT NULL DEFAULT 'fingerprint';
ALTER TABLE targets ADD COLUMN tls_ca_pem TEXT NOT NULL DEFAULT '';
