-- Sign-in throttling counts failures per client address and per network (IPv4 /24, IPv6 /64) as well as per
-- account name, so one address cannot lock an account for everyone; both reads are bounded by these indexes.
alter table login_attempt add column network varchar(64);
create index login_attempt_ip_time_idx on login_attempt (ip, attempted_at);
create index login_attempt_network_time_idx on login_attempt (network, attempted_at);
create index login_attempt_time_idx on login_attempt (attempted_at);
