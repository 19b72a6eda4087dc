import ArgumentParser
import NewsRender
print(NewsRenderVersion.schema)
