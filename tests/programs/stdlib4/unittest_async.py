import unittest, asyncio

class Svc:
    def __init__(self): self.data = {}
    async def put(self, k, v):
        await asyncio.sleep(0)
        self.data[k] = v
    async def get(self, k):
        await asyncio.sleep(0.001)
        return self.data[k]

class CM:
    async def __aenter__(self): print("aenter"); return "res"
    async def __aexit__(self, *a): print("aexit")

class T(unittest.IsolatedAsyncioTestCase):
    def setUp(self): print("setUp")
    async def asyncSetUp(self):
        print("asyncSetUp")
        self.svc = Svc()
        await self.svc.put("a", 1)
        self.addAsyncCleanup(self.cleanup, "x")
    async def cleanup(self, tag): print("async cleanup", tag)
    async def asyncTearDown(self): print("asyncTearDown")
    def tearDown(self): print("tearDown")
    async def test_get(self):
        self.assertEqual(await self.svc.get("a"), 1)
    async def test_missing(self):
        with self.assertRaises(KeyError):
            await self.svc.get("zz")
    async def test_fail(self):
        v = await self.svc.get("a")
        self.assertEqual(v, 2)
    async def test_ctx(self):
        r = await self.enterAsyncContext(CM())
        print("got", r)
    async def test_gather(self):
        rs = await asyncio.gather(*(self.svc.put(str(i), i) for i in range(3)))
        self.assertEqual(rs, [None] * 3)
        self.assertEqual(sorted(self.svc.data), ['0', '1', '2', 'a'])
    def test_sync(self):
        self.assertTrue(True)

if __name__ == '__main__':
    import _ut
    _ut.run(["prog"], verbosity=2)
