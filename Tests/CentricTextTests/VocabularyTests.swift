import Testing
@testable import CentricText

@Suite struct VocabularyTests {
    @Test func internsOncePerForm() {
        let v = Vocabulary(capacity: 4)
        let a = v.intern("klant"), b = v.intern("service"), c = v.intern("klant")
        #expect(a == c)
        #expect(a != b)
        #expect(v.count == 2)
        #expect(v.string(b) == "service")
        #expect(v.lookup("service") == b)
        #expect(v.lookup("absent") == nil)
    }

    @Test func growsPastItsInitialCapacity() {
        let v = Vocabulary(capacity: 4)
        let ids = (0..<10_000).map { v.intern("w\($0)") }
        #expect(Set(ids).count == 10_000)
        #expect(v.string(ids[9_999]) == "w9999")
        #expect(v.intern("w5000") == ids[5000])
    }
}
