// The sample's build passed; check that it ran the kit's contract against the adapter (not zero tests).
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.host.HostSlaContractsTest.xml')
assert report.isFile() : "the kit's contract did not run: ${report} is missing"
def suite = (report.text =~ /<testsuite[^>]*>/)[0]
def count = { String name -> ((suite =~ /\s${name}="(\d+)"/)[0][1]) as int }
assert count('tests') >= 8 : "the kit's SlaContractsContract ran ${count('tests')} tests, expected its 8"
assert count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : suite
return true
